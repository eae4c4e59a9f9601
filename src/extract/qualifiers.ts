import type {Qualifier} from "../model/fact.ts";

// Longest first, so 不超过 is not read as 超过.
const BEFORE: [string, Qualifier][] = [
  ["不少于", "at_least"],
  ["不超过", "at_most"],
  ["不低于", "at_least"],
  ["不高于", "at_most"],
  ["大约", "approx"],
  ["接近", "approx"],
  ["将近", "approx"],
  ["超过", "more_than"],
  ["超出", "more_than"],
  ["至少", "at_least"],
  ["不足", "less_than"],
  ["不到", "less_than"],
  ["近", "approx"],
  ["约", "approx"],
  ["逾", "more_than"],
  ["超", "more_than"],
];

/** The last characters of the qualifiers written before a number: a number after any other needs no closer look. */
export const BEFORE_LAST = new Set(BEFORE.map(([word]) => word.slice(-1)));

/** Written between the number and its unit: 500余家, 300多次. */
const BETWEEN: Record<string, Qualifier> = {余: "more_than", 多: "more_than"};

/** Written after the unit: 70%以上, 40次左右. */
const AFTER: [string, Qualifier][] = [
  ["以上", "at_least"],
  ["以下", "at_most"],
  ["以内", "at_most"],
  ["左右", "approx"],
];

/** The first characters of the qualifiers written after a unit. */
export const AFTER_FIRST = new Set(AFTER.map(([word]) => word.charAt(0)));

/** A qualifier written right before a number, and its length, from the text that precedes the number. */
export function qualifierBefore(text: string): {qualifier: Qualifier; length: number} | undefined {
  if (!BEFORE_LAST.has(text.slice(-1))) return undefined; // the usual case, decided by one character
  for (const [word, qualifier] of BEFORE) if (text.endsWith(word)) return {qualifier, length: word.length};
  return undefined;
}

export function qualifierBetween(word: string): Qualifier | undefined {
  return BETWEEN[word];
}

/** A qualifier written right after a quantity's unit, and its length. */
export function qualifierAfter(text: string): {qualifier: Qualifier; length: number} | undefined {
  if (!AFTER_FIRST.has(text.charAt(0))) return undefined;
  for (const [word, qualifier] of AFTER) if (text.startsWith(word)) return {qualifier, length: word.length};
  return undefined;
}

/**
 * Combines the qualifiers of one number. A number can carry two (超过300次以上 is
 * said, if rarely); the one that bounds the value less tightly wins, so the
 * figure never claims more precision than the report gives.
 */
export function combineQualifiers(before?: Qualifier, between?: Qualifier, after?: Qualifier): Qualifier {
  // Three arguments, not a list: this runs for every quantity of every report.
  if (before === "approx" || between === "approx" || after === "approx") return "approx";
  return before ?? between ?? after ?? "exact";
}
