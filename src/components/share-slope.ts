import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {element} from "./dom.ts";
import {formatPercent} from "./format.ts";
import {PALETTE} from "./palette.ts";
import type {CategoryShare} from "./trend-queries.ts";
import {CHART_FONT_SIZE, CHART_STYLE} from "./chart-size.ts";

/**
 * How each power-list category's share moved between years: one row per
 * category, a dot per year (colour and shape), a line spanning the change,
 * and the latest year's share written. Log scale: shares run from under
 * 0.1% to over half. Without shares it says so.
 */
export function shareSlope(shares: readonly CategoryShare[], {width = 900} = {}): Element {
  if (shares.length === 0) return element("p", "muted", "该单位的报告没有权责清单分类。");
  const years = [...new Set(shares.map((d) => d.year))];
  const latest = years[years.length - 1];
  const spans = d3.groups(shares, (d) => d.category).filter(([, g]) => g.length > 1);
  return Plot.plot({
    width,
    style: CHART_STYLE,
    height: 34 * new Set(shares.map((d) => d.category)).size + 70,
    marginLeft: 100,
    marginRight: 60,
    // The axis name sits below the tick labels: at 12 px they would otherwise run into each other where the 100% tick ends the axis.
    marginBottom: 40,
    x: {
      label: "占比（%，对数刻度）",
      type: "log",
      grid: true,
      tickFormat: (d: number) => `${d}%`,
      // Room left of the smallest share, so its label (<0.1%) does not run into the category's name.
      domain: [
        (d3.min(shares, (d) => (d.share > 0 ? d.share : undefined)) ?? 0.1) / 2,
        Math.max(100, d3.max(shares, (d) => d.share) ?? 100),
      ],
    },
    y: {
      label: null,
      domain: d3.groupSort(
        shares,
        (g) => -(d3.max(g, (d) => d.share) ?? 0),
        (d) => d.category,
      ),
    },
    color: {
      legend: true,
      type: "ordinal",
      tickFormat: (d: number) => `${d}年`,
      domain: years,
      range: [PALETTE.muted, PALETTE.bar, PALETTE.selected].slice(-years.length),
    },
    symbol: {legend: false, domain: years},
    ariaLabel: "权责清单分类占比的变化",
    ariaDescription: shares.map((d) => `${d.year}年${d.category}${d.share.toFixed(2)}%`).join("；"),
    marks: [
      Plot.link(spans, {
        x1: ([, g]: [string, CategoryShare[]]) => d3.min(g, (d) => d.share),
        x2: ([, g]: [string, CategoryShare[]]) => d3.max(g, (d) => d.share),
        y1: ([c]: [string, CategoryShare[]]) => c,
        y2: ([c]: [string, CategoryShare[]]) => c,
        stroke: PALETTE.muted,
      }),
      Plot.dot(shares, {
        x: "share",
        y: "category",
        fill: "year",
        symbol: "year",
        r: 5,
        title: (d: CategoryShare) => `${d.year}年 ${d.category}：${d.value}项（${d.share.toFixed(2)}%）`,
      }),
      Plot.text(
        shares.filter((d) => d.year === latest),
        {
          x: "share",
          y: "category",
          text: (d: CategoryShare) => formatPercent(d.share),
          dy: -11,
          fontSize: CHART_FONT_SIZE,
        },
      ),
    ],
  });
}

/** What the share chart shows, in a sentence above it. */
export function shareSlopeCaption(shares: readonly Pick<CategoryShare, "year">[]): string {
  const years = [...new Set(shares.map((d) => d.year))];
  return years.length > 1
    ? `各类在${years.join("、")}年权责清单中的占比，每类一行，不同年份用不同颜色和形状，连线表示变化幅度；标注的是${years[years.length - 1]}年的占比。`
    : `只有${years[0] ?? "—"}年的分类数据，补充其他年份的报告后显示变化。`;
}
