import type {Table} from "apache-arrow";
import {factsTable} from "../io/facts-table.ts";
import type {Extraction} from "../model/extraction.ts";

const METRICS = new Set(["power_list.items", "power_list.subitems", "power_list.category"]);

/**
 * The power list (权责清单) of every report: the totals (`power_list.items`,
 * `power_list.subitems`) beside the per-category counts, each with the
 * fragment, sentence and offsets it was read from.
 */
export function powerListTable(extractions: readonly Extraction[]): Table {
  return factsTable(extractions, (f) => METRICS.has(f.metric));
}
