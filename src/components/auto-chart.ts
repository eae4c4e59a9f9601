import * as Plot from "@observablehq/plot";
import {PALETTE} from "./palette.ts";
import {CHART_FONT_SIZE, CHART_STYLE} from "./chart-size.ts";
import {textWidth} from "./text-width.ts";

type Row = Record<string, unknown>;

/**
 * A chart chosen from the shape of a query's result, for the SQL page: a year
 * column and a number give a line per series; a text column and a number give
 * sorted bars. Anything else gets no chart (null), and the table says it all.
 */
export function autoChart(rows: readonly Row[], {width = 640} = {}): SVGSVGElement | HTMLElement | null {
  if (rows.length === 0) return null;
  const columns = Object.keys(rows[0]!);
  const numeric = columns.filter((c) => rows.every((r) => r[c] === null || typeof r[c] === "number"));
  const text = columns.filter((c) => rows.every((r) => r[c] === null || typeof r[c] === "string"));
  const year = numeric.find((c) => /year|年/.test(c));
  const value = numeric.find((c) => c !== year);
  if (!value) return null;
  if (year) {
    const series = text[0];
    return Plot.plot({
      width,
      style: CHART_STYLE,
      x: {label: year, tickFormat: "d"},
      y: {label: value, grid: true},
      color: series ? {legend: true} : undefined,
      marks: [Plot.lineY(rows, {x: year, y: value, stroke: series ?? PALETTE.bar, marker: true}), Plot.ruleY([0])],
    });
  }
  const label = text[0];
  if (!label || rows.length > 60) return null;
  return Plot.plot({
    width,
    style: CHART_STYLE,
    // As wide as the longest label needs (enforcement.tasks.major), up to a third of the chart.
    marginLeft: Math.min(
      width / 3,
      12 + Math.max(...rows.map((r) => textWidth(String(r[label] ?? ""), CHART_FONT_SIZE))),
    ),
    height: 26 * rows.length + 40,
    x: {label: value, grid: true},
    y: {label: null},
    marks: [Plot.barX(rows, {x: value, y: label, fill: PALETTE.bar, sort: {y: "-x"}, tip: true}), Plot.ruleX([0])],
  });
}
