import type {Qualifier} from "../model/fact.ts";
import {formatFigure} from "./format.ts";
import {conflictKpiCard, kpiCard, missingKpiCard} from "./kpi-card.ts";

const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/;

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
    // 企业诉求全部办结 gives no number: the card says the figure was read from the words, not written as one.
    const note = NUMERAL.test(raw)
      ? undefined
      : `报告未写数字，由“${raw}”读作${formatFigure(value, unit, qualifier, high)}`;
    return kpiCard({label, value, high, unit, qualifier, raw, source: fact, note});
  }
  return given.length > 0 ? conflictKpiCard(label, given) : missingKpiCard(label);
}
