import * as Plot from "@observablehq/plot";
import type {TrendYearSummary} from "../tables/trend-values.ts";
import {CHART_STYLE} from "./chart-size.ts";
import {element} from "./dom.ts";
import {formatFigure} from "./format.ts";
import {PALETTE} from "./palette.ts";
import type {TrendFigure} from "./trend-queries.ts";

export interface TrendBandOptions {
  width?: number;
  unit?: string;
  label?: string;
  /** The chosen body's name, for the caption and the description. */
  name?: string;
}

/** The caption under the band chart, in the words a reader of the page needs. */
export function trendBandCaption(name: string, bodies: number): string {
  return `灰色带为全部 ${bodies} 个单位每年数值居中的一半（第25至第75百分位），灰线为中位数；橙线为${name}。`;
}

/**
 * A metric across many bodies, year by year: the middle half of their
 * values as a band, the median as a line, and the chosen body's figures
 * drawn over them with each value written as the report gives it. Where a
 * thousand lines would be a grey blur, this shows where one body stands.
 * A missing year of the body is a gap, never interpolated.
 */
export function trendBand(
  summary: readonly TrendYearSummary[],
  figures: readonly TrendFigure[],
  options: TrendBandOptions = {},
): Element {
  const {width = 640, unit = "", label = "趋势", name = ""} = options;
  const text = (d: TrendFigure) => formatFigure(d.value, d.unit, d.qualifier);
  const years = summary.map((d) => d.year);
  if (years.length < 2) {
    const figures1 = element("div", "trend-single");
    figures1.setAttribute("aria-label", label);
    for (const d of figures)
      figures1.append(element("div", "", `${name} · ${d.year}年：`, element("strong", "", text(d))));
    return figures1;
  }
  const own = [...figures].sort((a, b) => a.year - b.year);
  const line: {year: number; value: number | null}[] = [];
  own.forEach((d, i) => {
    if (i > 0 && d.year - own[i - 1]!.year > 1) line.push({year: d.year - 1, value: null});
    line.push({year: d.year, value: d.value});
  });
  const spread = (d: TrendYearSummary) =>
    `${d.year}年 ${d.bodies}个单位：中位数 ${formatFigure(d.median, unit)}，居中一半 ${formatFigure(d.p25, unit)}至${formatFigure(d.p75, unit)}`;
  return Plot.plot({
    width,
    style: CHART_STYLE,
    ariaLabel: label,
    ariaDescription: [...own.map((d) => `${name} ${d.year}年 ${text(d)}`), ...summary.map(spread)].join("；"),
    // On a phone's width ten years' labels run together: every other one is written.
    x: {
      label: "年份",
      tickFormat: "d",
      ticks: width < 480 ? years.filter((_, i) => i % 2 === 0) : years,
      domain: [years[0]! - 0.5, years[years.length - 1]! + 0.5],
    },
    y: {label: unit ? `（${unit}）` : null, grid: true, zero: true},
    marks: [
      Plot.areaY(summary, {x: "year", y1: "p25", y2: "p75", fill: PALETTE.muted, fillOpacity: 0.3}),
      Plot.lineY(summary, {x: "year", y: "median", stroke: PALETTE.muted, strokeWidth: 1.5}),
      Plot.dot(summary, {x: "year", y: "median", r: 2.5, fill: PALETTE.muted, title: spread, tip: true}),
      Plot.lineY(line, {x: "year", y: "value", stroke: PALETTE.selected, strokeWidth: 2.5}),
      Plot.dot(own, {x: "year", y: "value", fill: PALETTE.selected, r: 4}),
      Plot.text(own, {x: "year", y: "value", text, dy: -10}),
    ],
  });
}
