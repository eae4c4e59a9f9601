import type {Extraction} from "../../src/model/extraction.ts";
import {uncountedNumbers} from "../../src/model/uncounted.ts";

/** Every number the extractor read, figures and those that count nothing alike, in text order. */
export function everyNumber({numbers, uncounted, text}: Extraction) {
  const all = [...numbers, ...uncountedNumbers(uncounted, text).map((n) => ({...n, metric: null}))];
  return all.sort((a, b) => a.start - b.start);
}
