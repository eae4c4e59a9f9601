import {bodyKindLabel} from "../model/body-kinds.ts";
import type {Qualifier} from "../model/fact.ts";
import {basisNote, categoryBasis, comparabilityNote} from "./comparability.ts";
import {sourceAddress} from "./source-address.ts";
import {queryTyped, type SqlConnection} from "./duckdb.ts";
import {formatFigure} from "./format.ts";
import type {PeerFigure} from "./peer-bars.ts";
import {provenanceLink} from "./provenance-link.ts";
import type {ReportChoice} from "./report-selector.ts";
import {sqlLiteral, whereReport} from "./sql-text.ts";

/** A figure of the chosen report for a metric the reference data also has. */
export interface OurFigure {
  metric: string;
  label: string;
  category: string | null;
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
  body: string;
  year: number;
  start: number;
  end: number;
}

/** A row of the `reference` table: a peer's published figure and where it was published. */
export interface ReferenceFigure {
  body: string;
  body_zh: string;
  body_kind: string;
  year: number;
  metric: string;
  label: string;
  label_zh: string;
  category: string | null;
  value: number;
  unit: string;
  qualifier: Qualifier;
  source_url: string;
}

/** What the peers page sets side by side: our body's kind, our figures, and every peer figure. */
export interface PeerData {
  kind: string;
  ours: OurFigure[];
  peers: ReferenceFigure[];
}

/** Reads the chosen report's figures that the reference data shares, and the reference data. */
export async function peerData(db: SqlConnection, report: ReportChoice): Promise<PeerData> {
  const [body] = await queryTyped<{kind: string}>(db, `SELECT kind FROM bodies WHERE id = ${sqlLiteral(report.body)}`);
  const ours = await queryTyped<OurFigure>(
    db,
    `SELECT metric, label, category, value, unit, qualifier, raw, body, year, start, "end"
     FROM facts WHERE ${whereReport(report)} AND chosen
       AND (metric IN (SELECT DISTINCT metric FROM reference) OR metric IN ('power_list.items', 'power_list.subitems'))
     ORDER BY metric, category`,
  );
  const peers = await queryTyped<ReferenceFigure>(
    db,
    `SELECT * FROM reference ORDER BY metric, category, year DESC, body`,
  );
  return {kind: body?.kind ?? "", ours, peers};
}

/**
 * {@link peerData} from rows already read, without DuckDB: the body's file of
 * facts, the `bodies` and `reference` tables, sorted as the queries sort them.
 */
export function peerDataFrom(
  facts: readonly (OurFigure & {chosen: boolean | null})[],
  bodies: readonly {id: string; kind: string}[],
  reference: readonly ReferenceFigure[],
  report: ReportChoice,
): PeerData {
  const shared = new Set([...reference.map((p) => p.metric), "power_list.items", "power_list.subitems"]);
  const ours = facts
    .filter((f) => f.body === report.body && f.year === report.year && f.chosen && shared.has(f.metric))
    .map(({metric, label, category, value, unit, qualifier, raw, body, year, start, end}) => {
      return {metric, label, category, value, unit, qualifier, raw, body, year, start, end};
    })
    .sort((a, b) => ascending(a.metric, b.metric) || ascending(a.category, b.category));
  const peers = [...reference].sort(
    (a, b) =>
      ascending(a.metric, b.metric) ||
      ascending(a.category, b.category) ||
      b.year - a.year ||
      ascending(a.body, b.body),
  );
  return {kind: bodies.find((b) => b.id === report.body)?.kind ?? "", ours, peers};
}

// As DuckDB orders text by default: by code point, nulls last.
function ascending(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The reference figures of the same metric (and category) as one of ours. */
function peersOf(peers: readonly ReferenceFigure[], o: {metric: string; category?: string | null}): ReferenceFigure[] {
  return peers.filter((p) => p.metric === o.metric && (p.category ?? null) === (o.category ?? null));
}

/**
 * The 共同指标 table: each of our figures that the reference data also gives,
 * then the peers' figures of it, each saying whether it compares. A figure
 * with no peer is left out: it has nothing to be compared with.
 */
export function peerRows(
  {kind, ours, peers}: PeerData,
  report: ReportChoice,
): Record<string, string | number | Node>[] {
  const ourBasis = categoryBasis(ours);
  return ours.flatMap((o) => {
    const comparable = {body_kind: kind, year: o.year, qualifier: o.qualifier};
    const matching = peersOf(peers, o);
    if (matching.length === 0) return [];
    return [
      {
        指标: o.label + (o.category ? `·${o.category}` : ""),
        单位: `${report.body_zh}（本报告）`,
        类型: bodyKindLabel(kind),
        年份: o.year,
        数值: formatFigure(o.value, o.unit, o.qualifier),
        口径: o.raw,
        可比性: "—",
        来源: provenanceLink(o, "报告原文"),
      },
      ...matching.map((p) => {
        const basis =
          o.metric === "power_list.category"
            ? basisNote(ourBasis, categoryBasis(peers.filter((q) => q.body === p.body && q.year === p.year)))
            : "";
        const note = [comparabilityNote(comparable, p), basis].filter(Boolean).join("；");
        return {
          指标: "",
          单位: p.body_zh,
          类型: bodyKindLabel(p.body_kind),
          年份: p.year,
          数值: formatFigure(p.value, p.unit, p.qualifier),
          口径: p.label_zh,
          可比性: note ? `不可直接比较：${note}` : "可比较",
          来源: sourceAddress(p.source_url),
        };
      }),
    ];
  });
}

/** The figures of ours the reference data also gives (行政处罚 and 行政许可 count apart), by label: the rows of 共同指标. */
export function sharedMetrics({ours, peers}: PeerData): string[] {
  const labels = ours
    .filter((o) => peersOf(peers, o).length > 0)
    .map((o) => o.label + (o.category ? `·${o.category}` : ""));
  return [...new Set(labels)];
}

/** Every reference figure as the 全部参考数据 table shows it. */
export function referenceRows(peers: readonly ReferenceFigure[]): Record<string, string | number | Node>[] {
  return peers.map((p) => ({
    单位: p.body_zh,
    类型: bodyKindLabel(p.body_kind),
    年份: p.year,
    指标: p.label,
    类别: p.category ?? "",
    数值: formatFigure(p.value, p.unit, p.qualifier),
    原文口径: p.label_zh,
    来源: sourceAddress(p.source_url),
  }));
}

/** One metric's figures, ours and the peers', for {@link peerBars}. */
export function peerFigures({ours, peers}: PeerData, report: ReportChoice, metric = "power_list.items"): PeerFigure[] {
  return [
    ...ours
      .filter((o) => o.metric === metric)
      .map((o) => ({name: `${report.body_zh} ${o.year}`, value: o.value, ours: true})),
    ...peers
      .filter((p) => p.metric === metric)
      .map((p) => ({name: `${p.body_zh} ${p.year}`, value: p.value, ours: false})),
  ];
}

/** A table's rows without one column: what a CSV download holds when that column is a link. */
export function withoutColumn<K extends string>(
  rows: readonly Record<string, unknown>[],
  column: K,
): Record<string, unknown>[] {
  return rows.map(({[column]: _dropped, ...row}) => row);
}
