import {queryTyped, type SqlConnection} from "./duckdb.ts";
import type {FactRow} from "./fact-card.ts";
import type {ItemRow} from "./item-list.ts";
import type {ReportChoice} from "./report-selector.ts";
import {ReportChoices} from "./report-choices.ts";
import {sqlLiteral, whereReport} from "./sql-text.ts";
import type {Qualifier} from "../model/fact.ts";
import type {CheckStatus} from "../model/check-status.ts";

/** A row of the `facts` table with what pages show beside the figure. */
export interface PublishedFact extends FactRow {
  label: string;
  topic: string;
  section: string;
  sentence_start: number;
  sentence_end: number;
}

/** A row of the `items` table with what pages show beside the item. */
export interface PublishedItem extends ItemRow {
  topic: string;
  kind_label: string;
  section: string;
}

/** A row of the `checks` table: one consistency check of one report. */
export interface CheckRow {
  body: string;
  year: number;
  id: string;
  status: CheckStatus;
  message: string;
  raw: string | null;
  start: number | null;
  end: number | null;
}

/** A report's facts in the order the report gives them: the one facts query every page shares. */
export function reportFacts(db: SqlConnection, report: ReportChoice): Promise<PublishedFact[]> {
  return queryTyped<PublishedFact>(db, `SELECT * FROM facts WHERE ${whereReport(report)} ORDER BY start`);
}

/** A report's facts taken from rows already read (the Arrow file), in the same order as {@link reportFacts}. */
export function reportFactsFrom<F extends FactRow>(rows: readonly F[], report: ReportChoice): F[] {
  return rows.filter((f) => f.body === report.body && f.year === report.year).sort((a, b) => a.start - b.start);
}

/** A report's items in the report's order, of one topic when one is named. */
export function reportItems(db: SqlConnection, report: ReportChoice, topic?: string): Promise<PublishedItem[]> {
  const ofTopic = topic === undefined ? "" : ` AND topic = ${sqlLiteral(topic)}`;
  return queryTyped<PublishedItem>(db, `SELECT * FROM items WHERE ${whereReport(report)}${ofTopic} ORDER BY start`);
}

/** A report's items taken from rows already read (its body's file of items), as {@link reportItems} gives them. */
export function reportItemsFrom<I extends PublishedItem>(
  rows: readonly I[],
  report: ReportChoice,
  topic?: string,
): I[] {
  return inReportOrder(rows.filter((d) => isOf(d, report) && (topic === undefined || d.topic === topic)));
}

/** A report's checks; with `failedOnly`, those that failed, of the checks whose id starts with `prefix`. */
export function reportChecks(
  db: SqlConnection,
  report: ReportChoice,
  {failedOnly = false, prefix = ""} = {},
): Promise<CheckRow[]> {
  const failed = failedOnly ? ` AND status = 'fail'` : "";
  const scoped = prefix ? ` AND starts_with(id, ${sqlLiteral(prefix)})` : "";
  return queryTyped<CheckRow>(
    db,
    `SELECT * FROM checks WHERE ${whereReport(report)}${failed}${scoped}${failedOnly ? " ORDER BY id" : ""}`,
  );
}

/** Whether the site holds the body's report for the year after the chosen one. */
export async function hasNextReport(db: SqlConnection, report: ReportChoice): Promise<boolean> {
  const next = {body: report.body, year: report.year + 1};
  const [row] = await queryTyped<{n: number}>(db, `SELECT count(*) AS n FROM reports WHERE ${whereReport(next)}`);
  return (row?.n ?? 0) > 0;
}

/** A report's row of `reports` with its text from `texts`: what the data page states of it, and the text it shows. */
export interface ReportInfo {
  body: string;
  body_zh: string;
  year: number;
  chars: number;
  duplicates_removed: number;
  facts: number;
  sha256: string;
  text: string;
}

/** The chosen report's description and full text. */
export async function reportInfo(db: SqlConnection, report: ReportChoice): Promise<ReportInfo> {
  const [info] = await queryTyped<ReportInfo>(
    db,
    `SELECT * FROM reports JOIN texts USING (body, year) WHERE ${whereReport(report)}`,
  );
  if (!info) throw new Error(`没有${report.body_zh}${report.year}年的报告原文`);
  return info;
}

/** The chosen report's description and full text from rows already read (its body's file of reports with their texts). */
export function reportInfoFrom(rows: readonly ReportInfo[], report: ReportChoice): ReportInfo {
  const info = rows.find((d) => isOf(d, report));
  if (!info) throw new Error(`没有${report.body_zh}${report.year}年的报告原文`);
  return info;
}

/** A number of the report that no metric of the catalogue takes, from the `numbers` table. */
export interface UnmappedNumber {
  label: string;
  raw: string;
  value: number;
  value_high: number | null;
  unit: string;
  qualifier: Qualifier;
  kind: "quantity" | "percent" | "vague" | "refused";
  section: string;
  start: number;
  end: number;
}

/** The report's numbers no metric took, in the report's order. */
export function unmappedNumbers(db: SqlConnection, report: ReportChoice): Promise<UnmappedNumber[]> {
  return queryTyped<UnmappedNumber>(db, `SELECT * FROM numbers WHERE ${whereReport(report)} ORDER BY start`);
}

/**
 * A report's shortcomings and plans; a plan with no evidence in the next
 * year's report says why: that report lacks it, or there is no such report yet.
 */
export async function outlookItems(db: SqlConnection, report: ReportChoice): Promise<PublishedItem[]> {
  const next = await hasNextReport(db, report);
  const items = await queryTyped<PublishedItem>(
    db,
    `SELECT * FROM items WHERE ${whereReport(report)} AND kind IN ('shortcoming', 'plan') ORDER BY start`,
  );
  return withEvidenceNotes(items, report, next);
}

/**
 * {@link outlookItems} from rows already read (the body's file of items) and
 * the reports there are (the selector's list), without DuckDB.
 */
export function outlookItemsFrom(
  rows: readonly PublishedItem[],
  report: ReportChoice,
  reports: readonly Pick<ReportChoice, "body" | "year">[] | ReportChoices,
): PublishedItem[] {
  const next =
    reports instanceof ReportChoices
      ? reports.has(report.body, report.year + 1)
      : reports.some((d) => d.body === report.body && d.year === report.year + 1);
  const items = inReportOrder(rows.filter((d) => isOf(d, report) && (d.kind === "shortcoming" || d.kind === "plan")));
  return withEvidenceNotes(items, report, next);
}

function withEvidenceNotes(items: readonly PublishedItem[], report: ReportChoice, next: boolean): PublishedItem[] {
  const why = next ? `${report.year + 1}年报告中未找到相应表述。` : `尚无${report.year + 1}年报告，无法核对落实情况。`;
  return items.map((d) => (d.kind !== "plan" || d.evidence ? d : {...d, evidence_note: why}));
}

function isOf(row: {body: string; year: number}, report: Pick<ReportChoice, "body" | "year">): boolean {
  return row.body === report.body && row.year === report.year;
}

// ORDER BY start, as the queries say: a stable sort of rows kept in the table's own order.
function inReportOrder<R extends {start: number}>(rows: R[]): R[] {
  return rows.sort((a, b) => a.start - b.start);
}
