import type {Table} from "apache-arrow";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable} from "../io/arrow.ts";
import {ITEM_KINDS} from "../model/item.ts";
import type {Evidence} from "./plan-evidence.ts";
import type {StatusRow} from "../corpus/plan-status.ts";

/**
 * Every prose item of every report, with the status an analyst gave plans and
 * shortcomings ("planned" until then) and, for a plan, the sentence of the
 * next year's report that shows it acted on.
 */
export function itemsTable(
  extractions: readonly Extraction[],
  statuses: readonly StatusRow[],
  evidence: ReadonlyMap<string, Evidence> = new Map(),
): Table {
  const status = new Map(statuses.map((s) => [`${s.body}|${s.year}|${s.kind}|${s.item}`, s]));
  const rows = extractions.flatMap(({report, items}) =>
    items.map((item) => {
      const tracked = item.kind === "plan" || item.kind === "shortcoming";
      const given = status.get(`${report.body}|${report.year}|${item.kind}|${item.name}`);
      return {
        body: report.body,
        year: report.year,
        kind_label: ITEM_KINDS[item.kind],
        ...item,
        status: tracked ? (given?.status ?? "planned") : null,
        note: given?.note ?? null,
        evidence: evidence.get(`${report.body}|${report.year}|${item.start}`) ?? null,
      };
    }),
  );
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
  return toArrowTable({
    body: {type: "string", values: column("body")},
    year: {type: "int", values: column("year")},
    kind: {type: "string", values: column("kind")},
    kind_label: {type: "string", values: column("kind_label")},
    name: {type: "string", values: column("name")},
    detail: {type: "string", values: column("detail")},
    raw: {type: "string", values: column("raw")},
    start: {type: "int", values: column("start")},
    end: {type: "int", values: column("end")},
    section: {type: "string", values: column("section")},
    topic: {type: "string", values: column("topic")},
    status: {type: "string", values: column("status")},
    note: {type: "string", values: column("note")},
    evidence_year: {type: "int", values: rows.map((r) => r.evidence?.year ?? null)},
    evidence: {type: "string", values: rows.map((r) => r.evidence?.sentence ?? null)},
    evidence_start: {type: "int", values: rows.map((r) => r.evidence?.start ?? null)},
    evidence_end: {type: "int", values: rows.map((r) => r.evidence?.end ?? null)},
    evidence_score: {type: "float", values: rows.map((r) => r.evidence?.score ?? null)},
  });
}
