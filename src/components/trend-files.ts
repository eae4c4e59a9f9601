import type {TrendManifest, TrendManifestMetric} from "../tables/trend-values.ts";
import {arrowRows} from "./arrow-rows.ts";
import type {TrendFigure} from "./trend-queries.ts";

/** What `docs/lib/site.js` gives 多年趋势: the manifest and each partition of the trend values, by index. */
export interface TrendFiles {
  manifest: () => Promise<TrendManifest>;
  parts: readonly (() => Promise<ArrayBuffer>)[];
}

// A partition once decoded stays decoded: changing the body or coming back to a metric costs no fetch.
const decoded = new WeakMap<TrendFiles, Map<number, Promise<Map<string, TrendFigure[]>>>>();

/**
 * A metric's figures, one per report, from the one file that holds them
 * (decoded by flechette, without DuckDB): what the chart, the year-on-year
 * table and the CSV download of 多年趋势 show.
 */
export async function metricFigures(files: TrendFiles, metric: TrendManifestMetric): Promise<TrendFigure[]> {
  let parts = decoded.get(files);
  if (!parts) decoded.set(files, (parts = new Map()));
  let part = parts.get(metric.part);
  if (!part) {
    const file = files.parts[metric.part];
    if (!file) throw new Error(`趋势数据缺少第 ${metric.part} 个分区文件`);
    part = file().then(byMetric);
    parts.set(metric.part, part);
  }
  return (await part).get(metric.metric) ?? [];
}

function byMetric(bytes: ArrayBuffer): Map<string, TrendFigure[]> {
  const groups = new Map<string, TrendFigure[]>();
  for (const row of arrowRows<TrendFigure & {metric: string}>(bytes)) {
    const rows = groups.get(row.metric);
    if (rows) rows.push(row);
    else groups.set(row.metric, [row]);
  }
  return groups;
}
