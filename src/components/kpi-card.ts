import type {Qualifier} from "../model/fact.ts";
import {element} from "./dom.ts";
import {QUALIFIER_WORDS, formatChinese, formatCount} from "./format.ts";
import {provenanceLink, type SourceSpan} from "./provenance-link.ts";

/** One headline figure and where it was read. */
export interface KpiCardOptions {
  label: string;
  value: number;
  unit: string;
  /** How the report qualifies the figure; shown before it, since 近40 is not 40. */
  qualifier?: Qualifier;
  /** The fragment of the report the figure was read from, quoted under it. */
  raw?: string;
  /** The span of the report to link to. */
  source?: SourceSpan;
  /** A line of context when the figure is derived rather than read, e.g. a check against another figure. */
  note?: string;
}

/** A card with a figure large enough to read across a meeting room, its qualifier and unit, the report's own words, and a link to them. */
export function kpiCard({label, value, unit, qualifier = "exact", raw, source, note}: KpiCardOptions): HTMLElement {
  const card = element("div", "card kpi");
  const figure = element("div", "figure");
  if (qualifier !== "exact") figure.append(element("span", "qualifier", QUALIFIER_WORDS[qualifier]));
  // 1.5万 reads faster than 15000 across a room; the exact figure stays in the tooltip and the quoted source.
  const shown = element("span", "value", formatChinese(value));
  if (Math.abs(value) >= 1e4) shown.title = formatCount(value);
  figure.append(shown, element("span", "unit", unit));
  card.append(element("h2", "label", label), figure);
  if (raw) card.append(element("div", "source", `原文：“${raw}”`));
  if (note) card.append(element("div", "source", note));
  if (source) card.append(provenanceLink(source));
  card.setAttribute("aria-label", `${label}：${QUALIFIER_WORDS[qualifier]}${formatCount(value)}${unit}`);
  return card;
}

/** A card for a figure the selected report does not give, so its absence is visible rather than a zero. */
export function missingKpiCard(label: string): HTMLElement {
  const card = element("div", "card kpi missing");
  card.append(
    element("h2", "label", label),
    element("div", "figure", element("span", "value", "—")),
    element("div", "source", "本报告未给出"),
  );
  return card;
}
