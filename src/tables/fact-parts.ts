import type {Extraction} from "../model/extraction.ts";
import type {Metric} from "../model/catalogue.ts";
import {toArrowStream} from "../io/arrow.ts";
import {allFactsTable} from "./facts.ts";
import {bodyPart, FACT_PARTS, factPartName} from "./body-part.ts";

/**
 * The facts table split by body into `FACT_PARTS` Arrow streams (the same
 * columns as `facts.arrow`): a page that shows one report fetches its body's
 * file, a thirty-second of the whole. Every file is written, empty ones too,
 * as the site names each.
 */
export function factPartFiles(
  extractions: readonly Extraction[],
  metrics: readonly Metric[],
): Record<string, Uint8Array> {
  const groups: Extraction[][] = Array.from({length: FACT_PARTS}, () => []);
  for (const extraction of extractions) groups[bodyPart(extraction.report.body)]!.push(extraction);
  return Object.fromEntries(groups.map((group, i) => [factPartName(i), toArrowStream(allFactsTable(group, metrics))]));
}
