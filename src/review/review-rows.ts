import type {Extraction} from "../model/extraction.ts";
import {signatureOf} from "../extract/signature.ts";
import {bodyKindLabel} from "../model/body-kinds.ts";
import {METRIC_LABELS} from "../model/catalogue.ts";
import {REPORT_PARTS} from "../model/report-parts.ts";
import {deadlineFor, timeliness, type Timeliness} from "./deadline.ts";
import {droppedFigures, statedFigures} from "./dropped-figures.ts";

/** What the review needs of a body: `data/bodies.csv`'s row. */
export interface ReviewBody {
  id: string;
  name_zh: string;
  kind: string;
  government: string;
}

/** One report as the office reviews it: one row of the 报告审核 table. */
export interface ReviewRow {
  body: string;
  body_zh: string;
  kind: string;
  kind_zh: string;
  /** The Chinese name of the government a department belongs to; "" for a government. */
  government_zh: string;
  year: number;
  synthetic: number;
  signed_on: string | null;
  due: string;
  due_rule: string;
  timeliness: Timeliness;
  /** Required parts present, of {@link parts_required}. */
  parts_present: number;
  parts_required: number;
  /** The short names of the required parts missing, joined with 、; "" when none. */
  parts_missing: string;
  /** Metrics the report gives a figure of its own for. */
  stated: number;
  /** The year of the previous report the dropped figures are counted against; null when there is none. */
  previous_year: number | null;
  /** Figures stated in the previous year's report and not in this one; null when there is no previous report. */
  dropped: number | null;
  failed: number;
  /** The failed checks' messages, joined with ；. */
  failed_checks: string;
}

/** The evidence behind one cell of a row: a part's heading or sentence, the signature, a dropped figure, a failed check. */
export interface EvidenceRow {
  body: string;
  year: number;
  cell: "part" | "signature" | "dropped" | "check";
  /** The part's or metric's or check's id. */
  key: string;
  /** In Chinese: the part's name, the metric's label, the check's message. */
  label: string;
  status: "present" | "absent" | Timeliness | "dropped" | "fail";
  /** How a part was found: `heading` or `wording`; "" otherwise. */
  via: string;
  value: number | null;
  value_high: number | null;
  unit: string | null;
  qualifier: string | null;
  /** The year of the report the span is in: last year's for a dropped figure. */
  source_year: number;
  start: number | null;
  end: number | null;
  /** The heading, sentence or fragment the span holds. */
  quote: string;
}

const REQUIRED = REPORT_PARTS.filter((p) => p.required);

/**
 * The review of every report with a year: its row and the evidence of each
 * cell. The previous report is the same body's report on the year before.
 */
export function reviewRows(
  extractions: readonly Extraction[],
  bodies: readonly ReviewBody[],
  labels: ReadonlyMap<string, string> = METRIC_LABELS,
): {rows: ReviewRow[]; evidence: EvidenceRow[]} {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const byReport = new Map(extractions.map((e) => [`${e.report.body}\u0000${e.report.year}`, e]));
  const rows: ReviewRow[] = [];
  const evidence: EvidenceRow[] = [];
  for (const extraction of extractions) {
    const {report, parts, facts, checks, text} = extraction;
    if (report.year === null) continue;
    const {body, year} = report;
    const info = byId.get(body);
    const kind = info?.kind ?? "";
    const blank = {value: null, value_high: null, unit: null, qualifier: null, source_year: year};
    const {due, rule} = deadlineFor(kind, year);
    const onTime = timeliness(report.signed_on, due);
    const signature = report.signed_on ? signatureOf(text) : undefined;
    evidence.push({
      body,
      year,
      cell: "signature",
      key: "signed_on",
      label: rule,
      status: onTime,
      via: "",
      ...blank,
      start: signature?.start ?? null,
      end: signature ? text.length : null,
      quote: signature ? text.slice(signature.start).trim() : "",
    });
    for (const part of parts) {
      const meta = REPORT_PARTS.find((p) => p.id === part.part)!;
      evidence.push({
        body,
        year,
        cell: "part",
        key: part.part,
        label: meta.label,
        status: part.present ? "present" : "absent",
        via: part.via ?? "",
        ...blank,
        start: part.present ? part.start : null,
        end: part.present ? part.end : null,
        quote: part.raw,
      });
    }
    const previous = byReport.get(`${body}\u0000${year - 1}`);
    const dropped = previous ? droppedFigures(previous.facts, facts) : null;
    for (const fact of dropped ?? []) {
      evidence.push({
        body,
        year,
        cell: "dropped",
        key: fact.category ? `${fact.metric}:${fact.category}` : fact.metric,
        label: fact.category ?? labels.get(fact.metric) ?? fact.metric,
        status: "dropped",
        via: "",
        value: fact.value,
        value_high: fact.value_high ?? null,
        unit: fact.unit,
        qualifier: fact.qualifier,
        source_year: year - 1,
        start: fact.sentence_start,
        end: fact.sentence_end,
        quote: fact.sentence,
      });
    }
    const failed = checks.filter((c) => c.status === "fail");
    for (const check of failed) {
      evidence.push({
        body,
        year,
        cell: "check",
        key: check.id,
        label: check.message,
        status: "fail",
        via: "",
        ...blank,
        start: check.location?.start ?? null,
        end: check.location?.end ?? null,
        quote: check.location?.raw ?? "",
      });
    }
    const missing = REQUIRED.filter((p) => !parts.find((x) => x.part === p.id)?.present);
    rows.push({
      body,
      body_zh: info?.name_zh ?? body,
      kind,
      kind_zh: bodyKindLabel(kind),
      government_zh: info?.government ? (byId.get(info.government)?.name_zh ?? info.government) : "",
      year,
      synthetic: report.synthetic ? 1 : 0,
      signed_on: report.signed_on,
      due,
      due_rule: rule,
      timeliness: onTime,
      parts_present: REQUIRED.length - missing.length,
      parts_required: REQUIRED.length,
      parts_missing: missing.map((p) => p.short).join("、"),
      stated: statedFigures(facts),
      previous_year: previous ? year - 1 : null,
      dropped: dropped?.length ?? null,
      failed: failed.length,
      failed_checks: failed.map((c) => c.message).join("；"),
    });
  }
  return {rows, evidence};
}
