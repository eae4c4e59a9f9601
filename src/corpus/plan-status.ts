import {join} from "node:path";
import type {Extraction} from "../model/extraction.ts";
import {PLAN_STATUSES, isPlanStatus, type PlanStatus as Status} from "../model/plan-status.ts";
import {readCuratedCsv} from "./curated-csv.ts";
import {DATA_DIR} from "./reports.ts";

export interface StatusRow {
  body: string;
  year: number;
  kind: "plan" | "shortcoming";
  item: string;
  status: Status;
  note: string;
}

/**
 * `data/plan-status.csv`: the status an analyst gives a plan or shortcoming,
 * matched by the item's text as the dashboard shows it. A row that matches
 * no item of the extracted reports is an error, so a status is never lost
 * silently when a report or the extractor changes.
 */
export function readPlanStatus(extractions: readonly Extraction[], dataDir = DATA_DIR): StatusRow[] {
  const items = new Set(
    extractions.flatMap((e) => e.items.map((i) => `${e.report.body}|${e.report.year}|${i.kind}|${i.name}`)),
  );
  const key = (row: Readonly<Record<string, string>>) => `${row.body}|${row.year}|${row.kind}|${row.item}`;
  return readCuratedCsv(join(dataDir, "plan-status.csv"), ["body", "year", "kind", "item", "status", "note"], {
    // One status per item: two rows giving one item different statuses are an error, not "the last wins".
    key,
    check: (row) => {
      if (row.kind !== "plan" && row.kind !== "shortcoming")
        return `kind must be plan or shortcoming, not "${row.kind}"`;
      // Own properties only: `constructor` or `toString` is no status.
      if (!isPlanStatus(row.status!)) return `status must be one of ${PLAN_STATUSES.join(", ")}, not "${row.status}"`;
      if (!items.has(key(row))) return `no ${row.kind} "${row.item}" in the report of ${row.body} for ${row.year}`;
      return {
        body: row.body!,
        year: Number(row.year),
        kind: row.kind,
        item: row.item!,
        status: row.status as Status,
        note: row.note!,
      };
    },
  });
}
