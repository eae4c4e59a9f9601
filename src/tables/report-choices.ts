import type {Table} from "apache-arrow";
import type {Body} from "../corpus/bodies.ts";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable} from "../io/arrow.ts";

/**
 * What a report selector lists, and nothing else: body, its Chinese name,
 * year, and whether the report is invented for tests. A page fetches it
 * before its first chart; the whole `reports` table (with each file's
 * SHA-256) is ten times larger and waits for DuckDB.
 */
export function reportChoicesTable(extractions: readonly Extraction[], bodies: readonly Body[]): Table {
  const name = new Map(bodies.map((b) => [b.id, b.name_zh]));
  return toArrowTable({
    body: {type: "string", values: extractions.map((e) => e.report.body)},
    body_zh: {type: "string", values: extractions.map((e) => name.get(e.report.body) ?? e.report.body)},
    year: {type: "int", values: extractions.map((e) => e.report.year)},
    synthetic: {type: "int", values: extractions.map((e) => (e.report.synthetic ? 1 : 0))},
  });
}
