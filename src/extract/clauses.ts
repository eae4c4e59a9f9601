/** Marks that end a clause: a figure's label and unit never cross one. 、 does not, so a list stays one clause. */
const CLAUSE_END = codes("，,。；;！？!?：:");
/** Marks that end a sentence. */
const SENTENCE_END = codes("。；;！？!?");

/** The text of the clause before `start` and after `end`, within one paragraph. */
export function clauseAround(text: string, start: number, end: number): {before: string; after: string} {
  const {from, to} = expand(text, start, end, CLAUSE_END);
  return {before: text.slice(from, start), after: text.slice(end, to)};
}

/** The bounds of the sentence holding `[start, end)`, within one paragraph, its closing mark included. */
export function sentenceAround(text: string, start: number, end: number): {start: number; end: number} {
  const {from, to} = expand(text, start, end, SENTENCE_END);
  return {start: from, end: Math.min(text.length, to + 1)};
}

// Character codes, not one-character strings: this runs for every number of every report.
function codes(marks: string): ReadonlySet<number> {
  return new Set([...marks].map((c) => c.charCodeAt(0)));
}

function expand(text: string, start: number, end: number, marks: ReadonlySet<number>): {from: number; to: number} {
  let from = start;
  while (from > 0 && !marks.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !marks.has(text.charCodeAt(to))) to++;
  return {from, to};
}
