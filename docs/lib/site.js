// The site's files as Framework must see them written: literally, in a page's folder. Everything else is in src/components/.
import {FileAttachment} from "observablehq:stdlib";

// Each file's method is written out where it is attached: Framework reads which methods a page uses
// to decide what else to load, and for an unknown method of an .arrow file it would fetch apache-arrow from a CDN.

/** The published tables, by the name SQL knows them by. */
export const TABLES = {
  facts: () => FileAttachment("../data/tables/facts.arrow").arrayBuffer(),
  items: () => FileAttachment("../data/tables/items.arrow").arrayBuffer(),
  reports: () => FileAttachment("../data/tables/reports.arrow").arrayBuffer(),
  checks: () => FileAttachment("../data/tables/checks.arrow").arrayBuffer(),
  bodies: () => FileAttachment("../data/tables/bodies.arrow").arrayBuffer(),
  power_list: () => FileAttachment("../data/tables/power-list.arrow").arrayBuffer(),
  numbers: () => FileAttachment("../data/tables/numbers.arrow").arrayBuffer(),
  metrics: () => FileAttachment("../data/tables/metrics.arrow").arrayBuffer(),
  reference: () => FileAttachment("../data/tables/reference.arrow").arrayBuffer(),
  texts: () => FileAttachment("../data/tables/texts.arrow").arrayBuffer(),
  review: () => FileAttachment("../data/tables/review.arrow").arrayBuffer(),
  review_latest: () => FileAttachment("../data/tables/review-latest.arrow").arrayBuffer(),
  review_evidence: () => FileAttachment("../data/tables/review-evidence.arrow").arrayBuffer(),
};

/** The report selector's columns of `reports` (body, body_zh, year, synthetic): a tenth of its size, for a first chart. */
export const REPORT_CHOICES = () => FileAttachment("../data/tables/report-choices.arrow").arrayBuffer();

/** The address of the Parquet file of each table, for downloads. */
export const PARQUET = {
  facts: () => FileAttachment("../data/tables/facts.parquet").url(),
  items: () => FileAttachment("../data/tables/items.parquet").url(),
  reports: () => FileAttachment("../data/tables/reports.parquet").url(),
  checks: () => FileAttachment("../data/tables/checks.parquet").url(),
  bodies: () => FileAttachment("../data/tables/bodies.parquet").url(),
  power_list: () => FileAttachment("../data/tables/power-list.parquet").url(),
  numbers: () => FileAttachment("../data/tables/numbers.parquet").url(),
  metrics: () => FileAttachment("../data/tables/metrics.parquet").url(),
  reference: () => FileAttachment("../data/tables/reference.parquet").url(),
  texts: () => FileAttachment("../data/tables/texts.parquet").url(),
  review: () => FileAttachment("../data/tables/review.parquet").url(),
  review_latest: () => FileAttachment("../data/tables/review-latest.parquet").url(),
  review_evidence: () => FileAttachment("../data/tables/review-evidence.parquet").url(),
};

/**
 * The facts split by body (FACT_PARTS in src/tables/body-part.ts; which file holds a body is a hash of its id):
 * a page that shows one report fetches its body's file, not every fact.
 */
export const FACT_PARTS = [
  () => FileAttachment("../data/tables/facts-00.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-01.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-02.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-03.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-04.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-05.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-06.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-07.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-08.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-09.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-10.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-11.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-12.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-13.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-14.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-15.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-16.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-17.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-18.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-19.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-20.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-21.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-22.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-23.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-24.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-25.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-26.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-27.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-28.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-29.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-30.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/facts-31.arrow").arrayBuffer(),
];

/** The items split by body, as the facts are: a page that lists one report's items fetches its body's file. */
export const ITEM_PARTS = [
  () => FileAttachment("../data/tables/items-00.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-01.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-02.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-03.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-04.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-05.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-06.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-07.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-08.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-09.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-10.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-11.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-12.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-13.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-14.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-15.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-16.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-17.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-18.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-19.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-20.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-21.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-22.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-23.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-24.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-25.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-26.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-27.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-28.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-29.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-30.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/items-31.arrow").arrayBuffer(),
];

/**
 * Each report's row of `reports` with its text, split by body as the facts are: the data page shows one
 * report's description and text from its body's file.
 */
export const REPORT_TEXT_PARTS = [
  () => FileAttachment("../data/tables/report-texts-00.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-01.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-02.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-03.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-04.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-05.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-06.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-07.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-08.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-09.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-10.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-11.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-12.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-13.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-14.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-15.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-16.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-17.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-18.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-19.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-20.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-21.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-22.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-23.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-24.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-25.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-26.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-27.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-28.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-29.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-30.arrow").arrayBuffer(),
  () => FileAttachment("../data/tables/report-texts-31.arrow").arrayBuffer(),
];

/**
 * 多年趋势's files: a small manifest (metrics, each year's spread across bodies, the bodies) and
 * the trend values partitioned by metric, so the page fetches one metric's file, not every fact.
 * Their number is fixed (TREND_PARTS in src/tables/trend-values.ts); the manifest says which holds which metric.
 */
export const TRENDS = {
  manifest: () => FileAttachment("../data/tables/trends.json").json(),
  parts: [
    () => FileAttachment("../data/tables/trends-00.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-01.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-02.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-03.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-04.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-05.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-06.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-07.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-08.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-09.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-10.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-11.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-12.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-13.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-14.arrow").arrayBuffer(),
    () => FileAttachment("../data/tables/trends-15.arrow").arrayBuffer(),
  ],
};

/** What `openReportPage` opens: DuckDB-WASM's files, which Framework publishes because they are resolved here, and the tables. */
export const SITE = {
  duckdb: {
    wasm: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
    worker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"),
  },
  tables: TABLES,
};
