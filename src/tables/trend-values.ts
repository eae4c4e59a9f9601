import type {Table} from "apache-arrow";
import type {Body} from "../corpus/bodies.ts";
import type {Metric} from "../model/catalogue.ts";
import type {Extraction} from "../model/extraction.ts";
import type {Qualifier} from "../model/fact.ts";
import {toArrowStream, toArrowTable} from "../io/arrow.ts";

/**
 * How many files the trend values are split into. A fixed number, because
 * the site can only publish files it names literally (`docs/lib/site.js`),
 * while analysts may add metrics; the manifest says which file holds which metric.
 */
export const TREND_PARTS = 16;

/** A report's one figure for a metric: a point of 多年趋势. */
export interface TrendValue {
  metric: string;
  body: string;
  body_zh: string;
  year: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
  start: number;
  end: number;
  synthetic: number;
}

/** A metric's spread across bodies in one year: what the page draws when there are too many bodies for a line each. */
export interface TrendYearSummary {
  year: number;
  /** How many bodies give the figure that year. */
  bodies: number;
  p25: number;
  median: number;
  p75: number;
}

/** A metric the page can draw, the file holding its values, and its yearly spread. */
export interface TrendManifestMetric {
  metric: string;
  label: string;
  unit: string;
  /** Distinct years with a figure. */
  years: number;
  /** Index of the file `trends-NN.arrow` that holds its values. */
  part: number;
  summary: TrendYearSummary[];
}

/** What 多年趋势 reads first (small): the metrics, their yearly spread, the bodies with a report. */
export interface TrendManifest {
  parts: number;
  metrics: TrendManifestMetric[];
  bodies: {body: string; body_zh: string}[];
}

/**
 * Each report's figure for each metric, as 多年趋势 draws it: the chosen one
 * (the first in the text when the report repeats it), not a category's, and
 * not a range, which is no one value.
 */
export function trendValues(extractions: readonly Extraction[], bodies: readonly Body[]): TrendValue[] {
  const names = new Map(bodies.map((b) => [b.id, b.name_zh]));
  const rows: TrendValue[] = [];
  for (const {report, facts} of extractions) {
    if (report.year === null) continue;
    const seen = new Set<string>();
    const ordered = facts
      .filter((f) => f.category === null && f.chosen !== false && f.qualifier !== "range")
      .sort((a, b) => a.start - b.start);
    for (const f of ordered) {
      if (seen.has(f.metric)) continue;
      seen.add(f.metric);
      rows.push({
        metric: f.metric,
        body: report.body,
        body_zh: names.get(report.body) ?? report.body,
        year: report.year,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        raw: f.raw,
        start: f.start,
        end: f.end,
        synthetic: report.synthetic ? 1 : 0,
      });
    }
  }
  return rows.sort((a, b) => compare(a.metric, b.metric) || compare(a.body, b.body) || a.year - b.year);
}

// Code-point order: the same on every machine, and far faster than a locale's collation on 300,000 rows.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The 25th, 50th and 75th percentiles of each metric's values across bodies,
 * year by year, interpolated between the nearest values as spreadsheets do
 * (R-7, also d3's and arquero's rule). Plain loops: arquero's grouped rollup
 * was no faster at 3,000 bodies × 10 years (see README, Performance).
 */
export function trendSummaries(values: readonly TrendValue[]): Map<string, TrendYearSummary[]> {
  const groups = new Map<string, Map<number, number[]>>();
  for (const {metric, year, value} of values) {
    let years = groups.get(metric);
    if (!years) groups.set(metric, (years = new Map()));
    const list = years.get(year);
    if (list) list.push(value);
    else years.set(year, [value]);
  }
  const summaries = new Map<string, TrendYearSummary[]>();
  for (const [metric, years] of groups) {
    const rows = [...years].map(([year, list]) => {
      const sorted = Float64Array.from(list).sort();
      return {
        year,
        bodies: sorted.length,
        p25: quantile(sorted, 0.25),
        median: quantile(sorted, 0.5),
        p75: quantile(sorted, 0.75),
      };
    });
    summaries.set(
      metric,
      rows.sort((a, b) => a.year - b.year),
    );
  }
  return summaries;
}

function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (h - low);
}

/**
 * 多年趋势's files: the manifest, and `TREND_PARTS` Arrow tables of values
 * partitioned by metric, so the page fetches one metric's values, not every
 * fact. Metrics are dealt to the files largest first, so no file holds two
 * large ones while another is empty.
 */
export function trendPartitions(
  extractions: readonly Extraction[],
  bodies: readonly Body[],
  metrics: readonly Metric[],
): {manifest: TrendManifest; parts: Table[]} {
  const values = trendValues(extractions, bodies);
  const byMetric = new Map<string, TrendValue[]>();
  for (const v of values) {
    const rows = byMetric.get(v.metric);
    if (rows) rows.push(v);
    else byMetric.set(v.metric, [v]);
  }
  const catalogue = new Map(metrics.map((m) => [m.id, m]));
  const order = [...byMetric.keys()].sort(
    (a, b) => byMetric.get(b)!.length - byMetric.get(a)!.length || (a < b ? -1 : 1),
  );
  const part = new Map(order.map((metric, i) => [metric, i % TREND_PARTS]));
  const summaries = trendSummaries(values);
  const manifestMetrics = order.map((metric) => {
    const rows = byMetric.get(metric)!;
    return {
      metric,
      label: catalogue.get(metric)?.label ?? metric,
      unit: catalogue.get(metric)?.unit ?? rows[0]!.unit,
      years: new Set(rows.map((r) => r.year)).size,
      part: part.get(metric)!,
      summary: summaries.get(metric) ?? [],
    };
  });
  // Given in the most years first, as the metric selector lists them.
  manifestMetrics.sort((a, b) => b.years - a.years || (a.metric < b.metric ? -1 : 1));
  const names = new Map(bodies.map((b) => [b.id, b.name_zh]));
  const reporting = new Map(extractions.map((e) => [e.report.body, names.get(e.report.body) ?? e.report.body]));
  const parts = Array.from({length: TREND_PARTS}, (_, i) =>
    trendValuesTable(order.filter((metric) => part.get(metric) === i).flatMap((metric) => byMetric.get(metric)!)),
  );
  return {
    manifest: {
      parts: TREND_PARTS,
      metrics: manifestMetrics,
      bodies: [...reporting]
        .map(([body, body_zh]) => ({body, body_zh}))
        .sort((a, b) => a.body_zh.localeCompare(b.body_zh, "zh-CN")),
    },
    parts,
  };
}

/** One file of trend values, as the page decodes it. */
export function trendValuesTable(values: readonly TrendValue[]): Table {
  const column = <K extends keyof TrendValue>(key: K) => values.map((v) => v[key]);
  return toArrowTable({
    metric: {type: "string", values: column("metric")},
    body: {type: "string", values: column("body")},
    body_zh: {type: "string", values: column("body_zh")},
    year: {type: "int", values: column("year")},
    value: {type: "float", values: column("value")},
    unit: {type: "string", values: column("unit")},
    qualifier: {type: "string", values: column("qualifier")},
    raw: {type: "text", values: column("raw")},
    start: {type: "int", values: column("start")},
    end: {type: "int", values: column("end")},
    synthetic: {type: "int", values: column("synthetic")},
  });
}

/** The file name of one partition of the trend values: `trends-00.arrow` … */
export function trendPartName(part: number): string {
  return `trends-${String(part).padStart(2, "0")}.arrow`;
}

/** 多年趋势's published files by name: `trends.json` and every `trends-NN.arrow`, empty ones too (the site names each). */
export function trendFiles(
  extractions: readonly Extraction[],
  bodies: readonly Body[],
  metrics: readonly Metric[],
): Record<string, string | Uint8Array> {
  const {manifest, parts} = trendPartitions(extractions, bodies, metrics);
  const files: Record<string, string | Uint8Array> = {"trends.json": JSON.stringify(manifest)};
  parts.forEach((table, i) => (files[trendPartName(i)] = toArrowStream(table)));
  return files;
}
