import type {Qualifier} from "../model/fact.ts";
import {element} from "./dom.ts";
import {QUALIFIER_WORDS, formatChinese, formatCount, formatFigure} from "./format.ts";
import {provenanceLink, type SourceSpan} from "./provenance-link.ts";

/** One headline figure and where it was read. */
export interface KpiCardOptions {
  label: string;
  value: number;
  unit: string;
  /** How the report qualifies the figure; shown before it, since 近40 is not 40. */
  qualifier?: Qualifier;
  /** For a range (10至20次), its upper end: the card shows 10–20, never one of the ends. */
  high?: number | null;
  /** The fragment of the report the figure was read from, quoted under it. */
  raw?: string;
  /** The span of the report to link to. */
  source?: SourceSpan;
  /** A line of context when the figure is derived rather than read, e.g. a check against another figure. */
  note?: string;
}

/** A card with a figure large enough to read across a meeting room, its qualifier and unit, the report's own words, and a link to them. */
export function kpiCard({
  label,
  value,
  unit,
  qualifier = "exact",
  high,
  raw,
  source,
  note,
}: KpiCardOptions): HTMLElement {
  const card = element("div", "card kpi");
  const figure = element("div", "figure");
  const range = qualifier === "range" && high != null;
  if (qualifier !== "exact" && !range) figure.append(element("span", "qualifier", QUALIFIER_WORDS[qualifier]));
  // 1.5万 reads faster than 15000 across a room; the exact figure stays in the tooltip and the quoted source.
  const shown = element(
    "span",
    "value",
    range ? `${formatChinese(value)}–${formatChinese(high)}` : formatChinese(value),
  );
  if (Math.abs(value) >= 1e4) shown.title = range ? `${formatCount(value)}–${formatCount(high)}` : formatCount(value);
  figure.append(shown, element("span", "unit", unit));
  card.append(element("h2", "label", label), figure);
  if (raw) card.append(element("div", "source", `原文：“${raw}”`));
  if (note) card.append(element("div", "source", note));
  if (source) card.append(provenanceLink(source));
  card.setAttribute("aria-label", `${label}：${formatFigure(value, unit, qualifier, high)}`);
  return card;
}

/**
 * A card for a metric the report gives different figures for (35 and 1140
 * 权力事项): no figure is shown as the report's, each is quoted with a link to
 * its sentence, so a leader never quotes the wrong one.
 */
export function conflictKpiCard(label: string, figures: readonly (SourceSpan & ConflictFigure)[]): HTMLElement {
  const card = element("div", "card kpi conflict");
  card.append(
    element("h2", "label", label),
    element("div", "figure", element("span", "value", "？")),
    element("div", "source", `报告中有${figures.length}个不同的数字，未采用任何一个：`),
  );
  for (const f of figures) {
    const line = element("div", "source", `${formatFigure(f.value, f.unit, f.qualifier, f.value_high)}（“${f.raw}”）`);
    line.append(" ", provenanceLink(f));
    card.append(line);
  }
  card.setAttribute("aria-label", `${label}：报告中有${figures.length}个不同的数字`);
  return card;
}

/** One of several figures a report gives for a metric. */
export interface ConflictFigure {
  value: number;
  value_high?: number | null;
  unit: string;
  qualifier?: Qualifier;
  raw: string;
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
