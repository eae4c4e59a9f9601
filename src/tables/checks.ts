import type {Table} from "apache-arrow";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable} from "../io/arrow.ts";

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
