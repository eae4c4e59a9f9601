import * as d3 from "d3";
import type {CategoryCount} from "./category-bars.ts";
import {formatCount, formatShare} from "./format.ts";
import {PALETTE} from "./palette.ts";

const SVG = "http://www.w3.org/2000/svg";

/**
 * The same distribution as areas: how much of the whole each category is.
 * Areas too small to hold a label carry it in their tooltip and in the
 * chart's text alternative; the bars beside it keep the tail legible.
 */
export function categoryTreemap(
  data: readonly CategoryCount[],
  {width = 640, height = 320, unit = "项"} = {},
): SVGSVGElement {
  const total = d3.sum(data, (d) => d.value);
  const root = d3
    .hierarchy<{children?: readonly CategoryCount[]} | CategoryCount>({children: data}, (d) =>
      "children" in d ? d.children : undefined,
    )
    .sum((d) => ("value" in d ? d.value : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  d3.treemap<{children?: readonly CategoryCount[]} | CategoryCount>().size([width, height]).paddingInner(2).round(true)(
    root,
  );
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "分类占比（矩形树图）");
  const leaves = root.leaves() as d3.HierarchyRectangularNode<CategoryCount>[];
  svg.setAttribute(
    "aria-description",
    leaves.map((l) => `${l.data.category} ${formatShare(l.data.value, total)}`).join("；"),
  );
  const shades = d3
    .scaleLinear<string>()
    .domain([0, leaves.length - 1])
    .range([PALETTE.bar, "#c9d6ea"]);
  leaves.forEach((leaf, i) => {
    // A nested <svg> clips its labels to the rectangle.
    const g = document.createElementNS(SVG, "svg");
    g.setAttribute("x", String(leaf.x0));
    g.setAttribute("y", String(leaf.y0));
    g.setAttribute("width", String(leaf.x1 - leaf.x0));
    g.setAttribute("height", String(leaf.y1 - leaf.y0));
    const rect = document.createElementNS(SVG, "rect");
    const w = leaf.x1 - leaf.x0;
    const h = leaf.y1 - leaf.y0;
    rect.setAttribute("width", String(w));
    rect.setAttribute("height", String(h));
    rect.setAttribute("fill", shades(i));
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${leaf.data.category}：${formatCount(leaf.data.value)}${unit}（${formatShare(leaf.data.value, total)}）`;
    rect.append(title);
    g.append(rect);
    if (w > 14 * leaf.data.category.length && h > 36) {
      const text = document.createElementNS(SVG, "text");
      text.setAttribute("x", "6");
      text.setAttribute("y", "18");
      text.setAttribute("font-size", "13");
      text.setAttribute("fill", i < leaves.length / 2 ? "white" : "#1b1e23");
      const name = document.createElementNS(SVG, "tspan");
      name.textContent = leaf.data.category;
      const share = document.createElementNS(SVG, "tspan");
      share.setAttribute("x", "6");
      share.setAttribute("dy", "16");
      share.textContent = `${formatCount(leaf.data.value)}${unit} · ${formatShare(leaf.data.value, total)}`;
      text.append(name, share);
      g.append(text);
    }
    svg.append(g);
  });
  return svg;
}
