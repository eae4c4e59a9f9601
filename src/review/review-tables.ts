import type {Table} from "apache-arrow";
import {toArrowTable, type Column} from "../io/arrow.ts";
import type {EvidenceRow, ReviewRow} from "./review-rows.ts";

const ROW_COLUMNS: Record<keyof ReviewRow, Column["type"]> = {
  body: "string",
  body_zh: "string",
  kind: "string",
  kind_zh: "string",
  government_zh: "string",
  year: "int",
  synthetic: "int",
  signed_on: "string",
  due: "string",
  due_rule: "string",
  timeliness: "string",
  parts_present: "int",
  parts_required: "int",
  parts_missing: "string",
  stated: "int",
  previous_year: "int",
  dropped: "int",
  failed: "int",
  failed_checks: "string",
};

const EVIDENCE_COLUMNS: Record<keyof EvidenceRow, Column["type"]> = {
  body: "string",
  year: "int",
  cell: "string",
  key: "string",
  label: "string",
  status: "string",
  via: "string",
  value: "float",
  value_high: "float",
  unit: "string",
  qualifier: "string",
  source_year: "int",
  start: "int",
  end: "int",
  quote: "text",
};

function table<T extends object>(columns: Record<keyof T & string, Column["type"]>, rows: readonly T[]): Table {
  return toArrowTable(
    Object.fromEntries(
      Object.entries<Column["type"]>(columns).map(([name, type]) => [
        name,
        {type, values: rows.map((row) => (row as Record<string, unknown>)[name] ?? null)} as Column,
      ]),
    ),
  );
}

/** The `review` table: one row per report, small, for the first rows of 报告审核. */
export function reviewTable(rows: readonly ReviewRow[]): Table {
  return table<ReviewRow>(ROW_COLUMNS, rows);
}

/**
 * The `review-latest` table: the `review` rows of the newest year only, the
 * year 报告审核 opens on. A tenth of `review` with ten years of reports, so the
 * page's first rows wait for one small file; the other years follow.
 */
export function reviewLatestTable(rows: readonly ReviewRow[]): Table {
  const newest = rows.reduce((year, row) => Math.max(year, row.year), -Infinity);
  return table<ReviewRow>(
    ROW_COLUMNS,
    rows.filter((row) => row.year === newest),
  );
}

/** The `review-evidence` table: the heading, sentence or span behind every cell, loaded when a row is opened. */
export function reviewEvidenceTable(rows: readonly EvidenceRow[]): Table {
  return table<EvidenceRow>(EVIDENCE_COLUMNS, rows);
}
