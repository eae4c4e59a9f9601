// What every page starts from: the published tables in DuckDB-WASM, and the report the reader chose.
import {FileAttachment} from "observablehq:stdlib";
import {openDuckDB, queryRows} from "../_fazhi/components.js";
export {factCard} from "../_fazhi/components.js";

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
  review_evidence: () => FileAttachment("../data/tables/review-evidence.arrow").arrayBuffer(),
};

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
  review_evidence: () => FileAttachment("../data/tables/review-evidence.parquet").url(),
};

/** DuckDB-WASM, started from this site's own files, with the given tables loaded. */
export async function openDatabase(names = Object.keys(TABLES)) {
  const buffers = await Promise.all(names.map((name) => TABLES[name]()));
  return openDatabaseWith(Object.fromEntries(names.map((name, i) => [name, buffers[i]])));
}

/** DuckDB-WASM with tables the page has already downloaded, by name. */
export function openDatabaseWith(tables) {
  return openDuckDB(
    {
      wasm: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
      worker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"),
    },
    tables,
  );
}

/** The reports there are to choose from, newest first. */
export function listReports(db) {
  return queryRows(db, `SELECT body, body_zh, year, synthetic FROM reports ORDER BY year DESC, body`);
}

/** A SQL string literal: report and body ids come from the data, but quoting them keeps any id safe. */
export function literal(value) {
  return typeof value === "number" ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
}

/** The WHERE clause that selects one report's rows. */
export function whereReport({body, year}) {
  return `body = ${literal(body)} AND year = ${literal(year)}`;
}
