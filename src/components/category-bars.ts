import * as Plot from "@observablehq/plot";
import {formatCount, formatShare} from "./format.ts";

export interface CategoryCount {
  category: string;
  value: number;
}

export interface CategoryBarsOptions {
  width?: number;
  unit?: string;
}

/**
 * Horizontal bars sorted from largest to smallest, each labelled with its
 * count and share, so the long tail stays legible beside a dominant category
 * (行政处罚 1719 beside 行政裁决 1).
 */
export function categoryBars(data: readonly CategoryCount[], {width = 640, unit = "项"}: CategoryBarsOptions = {}) {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const label = (d: CategoryCount) => `${formatCount(d.value)}${unit} · ${formatShare(d.value, total)}`;
  const sorted = [...data].sort((a, b) => b.value - a.value);
  return Plot.plot({
    width,
    height: 28 * sorted.length + 40,
    marginLeft: 96,
    marginRight: 120,
    x: {label: `数量（${unit}）`, grid: true},
    y: {label: null, domain: sorted.map((d) => d.category)},
    ariaLabel: "权责清单分类分布",
    ariaDescription: sorted.map((d) => `${d.category} ${label(d)}`).join("；"),
    marks: [
      Plot.barX(sorted, {x: "value", y: "category", fill: "var(--theme-foreground-focus)", title: label}),
      Plot.text(sorted, {x: "value", y: "category", text: label, textAnchor: "start", dx: 4}),
      Plot.ruleX([0]),
    ],
  });
}
