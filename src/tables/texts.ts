import type {Table} from "apache-arrow";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable} from "../io/arrow.ts";

/**
 * Each report's decoded text, which every offset points into: the provenance
 * of every figure. Apart from `reports`, so that only the page that shows the
 * text downloads it. Plain strings: texts do not repeat.
 */
export function textsTable(extractions: readonly Extraction[]): Table {
  return toArrowTable({
    body: {type: "string", values: extractions.map((e) => e.report.body)},
    year: {type: "int", values: extractions.map((e) => e.report.year)},
    text: {type: "text", values: extractions.map((e) => e.text)},
  });
}
