import * as Plot from "@observablehq/plot";
import {compareText} from "../io/compare.ts";
import {element, setValue} from "./dom.ts";
import {formatCount, formatShare} from "./format.ts";
import {PALETTE} from "./palette.ts";

export interface CategoryCount {
  category: string;
  value: number;
}

export interface CategoryBarsOptions {
  width?: number;
  unit?: string;
  /** Draw counts, or each category's share of the total. */
  mode?: "count" | "share";
  /** The category shown as selected. */
  selected?: string | null;
  label?: string;
  /** Type size of labels and axes, in pixels; by default 13, or for a chart filling a box, its height ÷ 40 (13–20). */
  fontSize?: number;
  /** Height of each bar's band, in pixels. */
  barHeight?: number;
  /** The chart's whole height, in pixels, when it must fill a box (the wall screen): the bands share it, the type grows with it. */
  height?: number;
}

/**
 * Horizontal bars sorted from largest to smallest, each labelled with its
 * count and share, so the long tail stays legible beside a dominant category
 * (行政处罚 1719 beside 行政裁决 1). A click on a bar (or Enter on it) selects
 * its category, a second click clears it: the element's `value`, for `view()`.
 */
export function categoryBars(data: readonly CategoryCount[], options: CategoryBarsOptions = {}) {
  const {
    width = 640,
    unit = "项",
    mode = "count",
    selected = null,
    label = "分类分布",
    fontSize = options.height ? Math.max(13, Math.min(20, options.height / 40)) : 13,
    height,
  } = options;
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const sorted = [...data].sort((a, b) => b.value - a.value || compareText(a.category, b.category));
  const text = (d: CategoryCount) => `${formatCount(d.value)}${unit} · ${formatShare(d.value, total)}`;
  const x = mode === "share" ? (d: CategoryCount) => (100 * d.value) / total : "value";
  const frame = 3.4 * fontSize;
  const barHeight = height
    ? Math.max(fontSize * 1.4, (height - frame) / Math.max(1, sorted.length))
    : (options.barHeight ?? 30);
  const [marginLeft, marginRight] = [8 * fontSize, 10 * fontSize];
  const chart = Plot.plot({
    width,
    height: Math.round(barHeight * sorted.length + frame),
    marginLeft,
    marginRight,
    style: {fontSize: `${fontSize}px`},
    x: {
      label: mode === "share" ? "占比（%）" : `数量（${unit}）`,
      grid: true,
      // A tick label such as 1,600 takes about three characters' width: one tick per five keeps them apart.
      ticks: Math.max(2, Math.floor((width - marginLeft - marginRight) / (fontSize * 5))),
    },
    y: {label: null, domain: sorted.map((d) => d.category)},
    ariaLabel: label,
    ariaDescription: sorted.map((d) => `${d.category} ${text(d)}`).join("；"),
    marks: [
      Plot.barX(sorted, {
        x,
        y: "category",
        fill: PALETTE.bar,
        title: (d: CategoryCount) => `${d.category}：${text(d)}\n点击筛选下表`,
      }),
      Plot.text(sorted, {x, y: "category", text, textAnchor: "start", dx: 4, fill: "currentColor"}),
      Plot.ruleX([0]),
      // An invisible band across each row takes the clicks: the bar of a category of 1 is too thin to hit.
      Plot.barX(sorted, {
        x1: 0,
        x2: mode === "share" ? 100 : sorted.reduce((max, d) => Math.max(max, d.value), 0),
        y: "category",
        fill: "transparent",
        className: "hit",
      }),
    ],
  });
  const node = element("div", "category-bars", chart) as HTMLElement & {value: string | null};
  node.value = selected;
  // Plot draws one rect per datum, in the order given. The selection is redrawn here rather than by
  // drawing the chart again, so a page can both show the chart and depend on its value.
  const bars = chart.querySelectorAll<SVGRectElement>("g[aria-label='bar']:not(.hit) rect");
  const rects = [...chart.querySelectorAll<SVGRectElement>("g.hit rect")];
  const paint = () =>
    rects.forEach((rect, i) => {
      const on = sorted[i]!.category === node.value;
      bars[i]?.setAttribute("fill", on ? PALETTE.selected : PALETTE.bar);
      rect.setAttribute("aria-pressed", String(on));
    });
  // A category's name, left of its bar, selects it too: readers click the word before the bar.
  const names = [...chart.querySelectorAll<SVGTextElement>("g[aria-label='y-axis tick label'] text")];
  rects.forEach((rect, i) => {
    const category = sorted[i]!.category;
    rect.setAttribute("tabindex", "0");
    rect.setAttribute("role", "button");
    rect.setAttribute("data-category", category);
    rect.style.cursor = "pointer";
    const toggle = () => {
      setValue(node, node.value === category ? null : category);
      paint();
    };
    rect.addEventListener("click", toggle);
    const name = names.find((t) => t.textContent === category);
    if (name) {
      name.style.cursor = "pointer";
      name.addEventListener("click", toggle);
    }
    rect.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        toggle();
      }
    });
  });
  paint();
  return node;
}
