import type {Table} from "apache-arrow";
import type {Extraction} from "../src/extract/report.ts";
import {toArrowTable} from "../src/io/arrow.ts";
import type {Body} from "./bodies.ts";

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

/** Every check of every report, with the span of the text it is about (null when it is about the whole text). */
export function checksTable(extractions: readonly Extraction[]): Table {
  const rows = extractions.flatMap((e) => e.checks.map((c) => ({body: e.report.body, year: e.report.year, ...c})));
  return toArrowTable({
    body: {type: "string", values: rows.map((r) => r.body)},
    year: {type: "int", values: rows.map((r) => r.year)},
    id: {type: "string", values: rows.map((r) => r.id)},
    status: {type: "string", values: rows.map((r) => r.status)},
    message: {type: "string", values: rows.map((r) => r.message)},
    start: {type: "int", values: rows.map((r) => r.location?.start ?? null)},
    end: {type: "int", values: rows.map((r) => r.location?.end ?? null)},
    raw: {type: "text", values: rows.map((r) => r.location?.raw ?? null)},
  });
}
