import type {Qualifier} from "../model/fact.ts";
import {conflictKpiCard, kpiCard, missingKpiCard} from "./kpi-card.ts";

/** A published fact as pages read it from the `facts` table. */
export interface FactRow {
  body: string;
  year: number;
  metric: string;
  category: string | null;
  value: number;
  value_high: number | null;
  unit: string;
  qualifier: Qualifier;
  raw: string;
  start: number;
  end: number;
  chosen: boolean | null;
}

/**
 * The card for a metric of one report's facts: its figure with qualifier,
 * source and link; a card that says the report does not give it; or, when the
 * report gives different figures for it, a card that shows them all and
 * chooses none.
 */
export function factCard(facts: readonly FactRow[], metric: string, label: string): HTMLElement {
  const given = facts.filter((f) => f.metric === metric && f.category === null);
  const fact = given.find((f) => f.chosen !== false);
  if (fact) {
    const {value, value_high: high, unit, qualifier, raw} = fact;
    return kpiCard({label, value, high, unit, qualifier, raw, source: fact});
  }
  return given.length > 0 ? conflictKpiCard(label, given) : missingKpiCard(label);
}
