import type {FactRow} from "./fact-card.ts";

/** A power-list category of one report, with its share of all categories and where the report gives it. */
export interface CategoryRow {
  category: string;
  value: number;
  /** A fraction of the categories' sum, 0–1. */
  share: number;
  raw: string;
  body: string;
  year: number;
  start: number;
  end: number;
  sentence_start?: number;
  sentence_end?: number;
}

/**
 * The chosen power-list categories of one report's facts, largest first (ties
 * by name, in code-point order as DuckDB sorts), each with its share.
 */
export function powerListCategories(
  facts: readonly (FactRow & {sentence_start?: number; sentence_end?: number})[],
): CategoryRow[] {
  const chosen = facts.filter((f) => f.metric === "power_list.category" && f.chosen === true && f.category !== null);
  const sum = chosen.reduce((total, f) => total + f.value, 0);
  return chosen
    .map((f) => ({
      category: f.category!,
      value: f.value,
      share: sum ? f.value / sum : 0,
      raw: f.raw,
      body: f.body,
      year: f.year,
      start: f.start,
      end: f.end,
      sentence_start: f.sentence_start,
      sentence_end: f.sentence_end,
    }))
    .sort((a, b) => b.value - a.value || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
}

/** The categories' sum set against the report's count of sub-items, as the card under the sum says it. */
export function categorySumNote(sum: number, subitems: FactRow | undefined): string {
  if (!subitems) return "各类之和";
  return subitems.value === sum ? "各类之和，与子项总数一致" : `各类之和，与子项总数${subitems.value}项不一致`;
}
