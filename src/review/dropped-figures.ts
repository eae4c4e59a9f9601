import type {Fact} from "../model/fact.ts";

/** A figure's metric, and its category for metrics broken down by one (the power list). */
function keyOf(fact: Fact): string {
  return fact.category === null ? fact.metric : `${fact.metric}\u0000${fact.category}`;
}

/**
 * The figures a report gave as its own (chosen) that the next report does not
 * give at all: a body that stops stating its lawsuit loss rate. A metric the
 * new report states with figures that disagree is stated, so not dropped.
 * Returns last year's facts, each with its value, qualifier and sentence.
 */
export function droppedFigures(previous: readonly Fact[], current: readonly Fact[]): Fact[] {
  const stated = new Set(current.map(keyOf));
  const seen = new Set<string>();
  return previous.filter((fact) => {
    const key = keyOf(fact);
    if (!fact.chosen || stated.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How many metrics (with their categories) a report gives a figure of its own for. */
export function statedFigures(facts: readonly Fact[]): number {
  return new Set(facts.filter((f) => f.chosen).map(keyOf)).size;
}
