import {formatCount} from "./format.ts";

/** One headline figure and where it was read. */
export interface KpiCardOptions {
  label: string;
  value: number;
  unit: string;
  /** The fragment of the report the figure was read from, shown under it. */
  source?: string;
  /** A line of context when the figure is derived rather than read, e.g. a check against another figure. */
  note?: string;
}

/** A card with a figure large enough to read across a meeting room, its unit, and the report's own words. */
export function kpiCard({label, value, unit, source, note}: KpiCardOptions): HTMLElement {
  const card = document.createElement("div");
  card.className = "card kpi";
  card.append(
    element("h2", "label", label),
    element("div", "", element("span", "value", formatCount(value)), element("span", "unit", unit)),
  );
  if (source) card.append(element("div", "source", `原文：“${source}”`));
  if (note) card.append(element("div", "source", note));
  return card;
}

// Text goes in as text nodes: report fragments are never parsed as HTML.
function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}
