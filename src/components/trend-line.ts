import * as Plot from "@observablehq/plot";
import type {Qualifier} from "../model/fact.ts";
import {element} from "./dom.ts";
import {formatFigure} from "./format.ts";
import {PALETTE} from "./palette.ts";
import {CHART_STYLE} from "./chart-size.ts";

export interface TrendPoint {
  year: number;
  value: number;
  series: string;
  /** How the report qualifies the value, written with it (约40次): 近40 is not 40. */
  qualifier?: Qualifier;
}

export interface TrendLineOptions {
  width?: number;
  unit?: string;
  label?: string;
  /** The series to draw in colour, with its values written; the others are grey context. */
  highlight?: string | null;
}

/** Above this many series a legend is unreadable: lines are grey context and only the highlighted one is named. */
const MAX_LEGEND = 8;

/** Whether the points span more than one year: a trend to draw, not a single figure. */
export function isTrend(data: readonly {year: number}[]): boolean {
  return new Set(data.map((d) => d.year)).size > 1;
}

/**
 * Values over years, one line per series. A missing year is a gap, never
 * interpolated: lines join consecutive years only, and every value is a dot.
 * A single year is no trend: its figures are written out, not set on an axis
 * from zero around one dot.
 */
export function trendLine(data: readonly TrendPoint[], options: TrendLineOptions = {}): Element {
  const {width = 640, unit = "", label = "趋势", highlight = null} = options;
  const text = (d: TrendPoint) => formatFigure(d.value, unit, d.qualifier);
  if (!isTrend(data)) {
    const figures = element("div", "trend-single");
    figures.setAttribute("aria-label", label);
    for (const d of data) {
      figures.append(element("div", "", `${d.series} · ${d.year}年：`, element("strong", "", text(d))));
    }
    return figures;
  }
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const names = [...new Set(data.map((d) => d.series))];
  const crowded = names.length > MAX_LEGEND;
  // A null between non-consecutive years: Plot breaks a line at a missing value.
  const withGaps: (TrendPoint | {year: number; value: null; series: string})[] = [];
  const bySeries = new Map<string, TrendPoint[]>(names.map((name) => [name, []]));
  for (const d of data) bySeries.get(d.series)!.push(d);
  for (const points of bySeries.values()) {
    points.sort((a, b) => a.year - b.year);
    points.forEach((p, i) => {
      if (i > 0 && p.year - points[i - 1]!.year > 1) withGaps.push({year: p.year - 1, value: null, series: p.series});
      withGaps.push(p);
    });
  }
  const shown = crowded ? data.filter((d) => d.series === highlight) : data;
  const context = crowded ? withGaps.filter((d) => d.series !== highlight) : [];
  const focus = crowded ? withGaps.filter((d) => d.series === highlight) : withGaps;
  return Plot.plot({
    width,
    style: CHART_STYLE,
    ariaLabel: label,
    ariaDescription:
      (crowded ? `${names.length}个单位；` : "") + shown.map((d) => `${d.series} ${d.year}年 ${text(d)}`).join("；"),
    x: {label: "年份", tickFormat: "d", ticks: years, domain: [years[0]! - 0.5, years[years.length - 1]! + 0.5]},
    y: {label: unit ? `（${unit}）` : null, grid: true, zero: true},
    color: crowded ? undefined : {legend: names.length > 1},
    marks: [
      Plot.lineY(context, {
        x: "year",
        y: "value",
        z: "series",
        stroke: PALETTE.muted,
        strokeOpacity: 0.25,
        strokeWidth: 0.7,
      }),
      Plot.lineY(focus, {
        x: "year",
        y: "value",
        z: "series",
        stroke: crowded ? PALETTE.selected : "series",
        strokeWidth: crowded ? 2.5 : 1.5,
      }),
      Plot.dot(shown, {x: "year", y: "value", fill: crowded ? PALETTE.selected : "series", r: 4, tip: true}),
      Plot.text(shown, {x: "year", y: "value", text, dy: -10}),
    ],
  });
}
