import {element} from "./dom.ts";
import type {FactRow} from "./fact-card.ts";
import {formatFigure} from "./format.ts";

/** A metric of the catalogue, as the `metrics` table publishes it. */
export interface CoverageMetric {
  metric: string;
  label: string;
  unit: string;
  area_label: string;
}

/** A report, as the `reports` table publishes it. */
export interface CoverageReport {
  body: string;
  body_zh: string;
  year: number;
}

/**
 * Which metric each report states: a table with a row per metric of the
 * catalogue (grouped by the programme's areas) and a column per report, each
 * cell the report's figure, "—" where it gives none, or "数字不一" where it
 * gives several that disagree. Analysts read across a row to see which bodies
 * stopped reporting a figure, and down a column to see what a report lacks.
 */
export function coverageMatrix(
  metrics: readonly CoverageMetric[],
  reports: readonly CoverageReport[],
  facts: readonly FactRow[],
): HTMLTableElement {
  const byCell = new Map<string, FactRow[]>();
  for (const fact of facts) {
    const key = cellKey(fact.body, fact.year, fact.metric);
    byCell.set(key, [...(byCell.get(key) ?? []), fact]);
  }
  const table = element("table", "coverage") as HTMLTableElement;
  const head = element("tr", "", element("th", "", "指标"), element("th", "", "单位"));
  for (const r of reports) head.append(element("th", "", `${r.body_zh} ${r.year}`));
  table.append(element("thead", "", head));
  const body = element("tbody", "");
  const stated = reports.map(() => 0);
  let area = "";
  for (const m of metrics) {
    if (m.area_label !== area) {
      area = m.area_label;
      const cell = element("th", "area", area);
      cell.setAttribute("colspan", String(reports.length + 2));
      body.append(element("tr", "", cell));
    }
    const row = element("tr", "", element("th", "", m.label), element("td", "unit", m.unit));
    row.title = m.metric;
    reports.forEach((r, i) => {
      const given = byCell.get(cellKey(r.body, r.year, m.metric)) ?? [];
      if (given.length > 0) stated[i]!++;
      row.append(cell(given));
    });
    body.append(row);
  }
  const total = element("tr", "total", element("th", "", "报告给出的指标"), element("td", "unit", "个"));
  for (const n of stated) total.append(element("td", "", `${n} / ${metrics.length}`));
  body.append(total);
  table.append(body);
  return table;
}

function cellKey(body: string, year: number, metric: string): string {
  return `${body}\u0000${year}\u0000${metric}`;
}

function cell(given: readonly FactRow[]): HTMLElement {
  if (given.length === 0) return element("td", "missing", "—");
  if (given.some((f) => f.category !== null))
    return element("td", "", `${new Set(given.map((f) => f.category)).size}类`);
  const fact = given.find((f) => f.chosen !== false);
  if (!fact) return element("td", "conflict", "数字不一");
  return element("td", "", formatFigure(fact.value, fact.unit, fact.qualifier, fact.value_high));
}
