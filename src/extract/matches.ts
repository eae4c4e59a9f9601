/**
 * The matches of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the copy of the
 * pattern that `matchAll` makes on every call: the extractor runs dozens of patterns on every paragraph, and
 * those copies were a tenth of its time. The search position is kept here, not in the pattern between steps,
 * so a loop may use the same pattern inside another.
 */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m === null) return;
    // An empty match moves on one character, as matchAll does, rather than matching there forever.
    from = m[0] === "" ? pattern.lastIndex + 1 : pattern.lastIndex;
    yield m;
  }
}
