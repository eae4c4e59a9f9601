import type {Table} from "apache-arrow";
import {factRows, factsTable} from "../src/io/facts-table.ts";
import type {Extraction} from "../src/extract/report.ts";
import {METRICS, type Metric} from "../src/model/catalogue.ts";

/** Every fact of every report, with its provenance: the table behind every figure on the pages. */
export function allFactsTable(extractions: readonly Extraction[], metrics: readonly Metric[] = METRICS): Table {
  return factsTable(factRows(extractions, () => true, new Map(metrics.map((m) => [m.id, m.label]))));
}
