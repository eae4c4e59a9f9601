import type {Table} from "apache-arrow";
import JSZip from "jszip";
import {toArrowStream} from "../src/io/arrow.ts";
import {arrowStreamToParquet} from "../src/io/parquet.ts";
import {bodiesTable} from "./bodies.ts";
import type {Corpus} from "./corpus.ts";
import {allFactsTable} from "./facts.ts";
import {itemsTable} from "./items.ts";
import {metricsTable} from "./metrics.ts";
import {unmappedNumbersTable} from "./numbers.ts";
import {findPlanEvidence} from "./plan-evidence.ts";
import {powerListTable} from "./power-list.ts";
import {referenceTable, type ReferenceFigure} from "./reference.ts";
import {checksTable, reportsTable, textsTable} from "./report-texts.ts";
import {reviewRows} from "../src/review/review-rows.ts";
import {reviewEvidenceTable, reviewTable} from "../src/review/review-tables.ts";

/** Every table the site publishes, by file name without extension. */
export function publishedTables(
  {extractions, bodies, statuses, metrics}: Corpus,
  reference: readonly ReferenceFigure[],
): Map<string, Table> {
  const review = reviewRows(extractions, bodies, new Map(metrics.map((m) => [m.id, m.label])));
  return new Map([
    ["facts", allFactsTable(extractions, metrics)],
    ["numbers", unmappedNumbersTable(extractions)],
    ["metrics", metricsTable(metrics)],
    ["power-list", powerListTable(extractions)],
    ["items", itemsTable(extractions, statuses, findPlanEvidence(extractions))],
    ["reports", reportsTable(extractions, bodies)],
    ["texts", textsTable(extractions)],
    ["checks", checksTable(extractions)],
    ["bodies", bodiesTable(bodies)],
    ["reference", referenceTable(reference)],
    ["review", reviewTable(review.rows)],
    ["review-evidence", reviewEvidenceTable(review.evidence)],
  ]);
}

// Zip entries carry a date; a fixed one keeps two builds of the same data byte-identical.
const EPOCH = new Date("1980-01-01T00:00:00Z");

/**
 * One archive of every published file: each table as an Arrow IPC stream
 * (for DuckDB-WASM) and as Parquet (for downloads), plus any extra files.
 * One loader writes it, so the reports are read once per build however many
 * tables there are; pages attach its members as `data/tables/<name>`.
 */
export async function tablesArchive(
  tables: ReadonlyMap<string, Table>,
  extra: Record<string, string> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, table] of tables) {
    const stream = toArrowStream(table);
    zip.file(`${name}.arrow`, stream, {date: EPOCH});
    zip.file(`${name}.parquet`, arrowStreamToParquet(stream), {date: EPOCH});
  }
  for (const [name, content] of Object.entries(extra)) zip.file(name, content, {date: EPOCH});
  return zip.generateAsync({type: "uint8array", compression: "STORE"});
}
