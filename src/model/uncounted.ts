import type {NumberKind} from "./number.ts";

/**
 * The kinds of number that count nothing: outline numbering, ordinals,
 * meetings, names that hold a number, durations and bare numbers. The
 * extractor recognises them so that none becomes a fact, and keeps them only
 * so a reader can see why.
 */
export const UNCOUNTED_KINDS: ReadonlySet<NumberKind> = new Set([
  "number",
  "duration",
  "ordinal",
  "meeting",
  "outline",
  "name",
]);

/**
 * The numbers of a report that count nothing, as columns: a report holds
 * more of them than figures, and one object each was most of an extraction's
 * memory (and, on a large corpus, of its time) for numbers nobody reads
 * except to see why they were passed over.
 */
export interface UncountedNumbers {
  kind: NumberKind[];
  /** Offsets into the decoded report text, as for every figure. */
  start: number[];
  end: number[];
}

/** One number that counts nothing, as the JSON of `fazhi extract` and a reader show it. */
export interface UncountedNumber {
  kind: NumberKind;
  raw: string;
  start: number;
  end: number;
}

/** The numbers that count nothing, one object each, with the words they stand in. */
export function uncountedNumbers(uncounted: UncountedNumbers, text: string): UncountedNumber[] {
  return uncounted.kind.map((kind, i) => {
    const start = uncounted.start[i]!;
    const end = uncounted.end[i]!;
    return {kind, raw: text.slice(start, end), start, end};
  });
}
