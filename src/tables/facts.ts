import type {Table} from "apache-arrow";
import {factsTable} from "../io/facts-table.ts";
import type {Extraction} from "../model/extraction.ts";
import {METRICS, type Metric} from "../model/catalogue.ts";

/** Every fact of every report, with its provenance: the table behind every figure on the pages. */
export function allFactsTable(extractions: readonly Extraction[], metrics: readonly Metric[] = METRICS): Table {
  return factsTable(extractions, () => true, new Map(metrics.map((m) => [m.id, m.label])));
}
