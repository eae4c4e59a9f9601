/**
 * The first match of a global pattern in `text` at or after `from`, or null. With `nextFrom` it walks a text's
 * matches as `matchAll` does, but without the copy of the pattern `matchAll` makes on every call, nor a generator's
 * objects for every step: the extractor runs dozens of patterns on every paragraph, and allocation is what costs
 * most there. The position is passed in, not left in the pattern between steps, so a loop may use the same pattern
 * inside another.
 *
 *     for (let m = matchFrom(PATTERN, text, 0); m !== null; m = matchFrom(PATTERN, text, nextFrom(m))) …
 */
export function matchFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** Where the search goes on after a match: at its end, or one character on after an empty match (as `matchAll`). */
export function nextFrom(m: RegExpExecArray): number {
  const end = m.index + m[0].length;
  return end === m.index ? end + 1 : end;
}
