import type {Table} from "apache-arrow";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable} from "../io/arrow.ts";
import type {Body} from "../corpus/bodies.ts";

/** What the extractor knows of each report, with the body's Chinese name: small, for every page's selector. */
export function reportsTable(extractions: readonly Extraction[], bodies: readonly Body[]): Table {
  const name = new Map(bodies.map((b) => [b.id, b.name_zh]));
  const column = <T>(get: (e: Extraction) => T) => extractions.map(get);
  return toArrowTable({
    body: {type: "string", values: column((e) => e.report.body)},
    body_zh: {type: "string", values: column((e) => name.get(e.report.body) ?? e.report.body)},
    year: {type: "int", values: column((e) => e.report.year)},
    sha256: {type: "string", values: column((e) => e.report.sha256)},
    chars: {type: "int", values: column((e) => e.report.chars)},
    duplicates_removed: {type: "int", values: column((e) => e.report.duplicates_removed)},
    facts: {type: "int", values: column((e) => e.facts.length)},
    synthetic: {type: "int", values: column((e) => (e.report.synthetic ? 1 : 0))},
    signed_on: {type: "string", values: column((e) => e.report.signed_on)},
  });
}
