import * as d3 from "d3";
import type {CategoryCount} from "./category-bars.ts";
import {formatCount, formatShare} from "./format.ts";
import {PALETTE} from "./palette.ts";
import {textWidth} from "./text-width.ts";

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
    const fill = i < leaves.length / 2 ? "white" : "#1b1e23";
    const count = `${formatCount(leaf.data.value)}${unit}`;
    const share = `${count} · ${formatShare(leaf.data.value, total)}`;
    const name = leaf.data.category;
    if (w >= textWidth(name, FONT_SIZE) + 12 && h > 24) {
      // Across the tile: the name, and below it the count and share where they fit, else the count alone.
      const text = svgText(6, 18, fill);
      text.append(tspan(name));
      const second = [share, count].find((line) => textWidth(line, FONT_SIZE) + 12 <= w);
      if (second && h > 40) {
        const line = tspan(second);
        line.setAttribute("x", "6");
        line.setAttribute("dy", "16");
        text.append(line);
      }
      g.append(text);
    } else if (w >= FONT_SIZE + 6) {
      // A tall narrow tile (其他行政权力 beside a dominant category) reads top to bottom, as Chinese may.
      const label = [`${name} ${count}`, name].find((line) => textWidth(line, FONT_SIZE) + 12 <= h);
      if (label) {
        const text = svgText(w / 2, 6, fill);
        text.setAttribute("writing-mode", "vertical-rl");
        text.append(tspan(label));
        g.append(text);
      }
    }
    svg.append(g);
  });
  return svg;
}

const FONT_SIZE = 13;

function svgText(x: number, y: number, fill: string): SVGTextElement {
  const text = document.createElementNS(SVG, "text");
  text.setAttribute("x", String(x));
  text.setAttribute("y", String(y));
  text.setAttribute("font-size", String(FONT_SIZE));
  text.setAttribute("fill", fill);
  return text;
}

function tspan(content: string): SVGTSpanElement {
  const span = document.createElementNS(SVG, "tspan");
  span.textContent = content;
  return span;
}
