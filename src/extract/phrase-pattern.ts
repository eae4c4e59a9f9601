/** Marks a label never crosses: the end of a clause. */
const CLAUSE_MARKS = "，,。；;！？!?：:";

/** How far "…" in a phrase reaches: a few characters of the same clause (报备…规范性文件). */
const GAP = `[^${CLAUSE_MARKS}]{0,10}?`;

/** A label phrase of the catalogue, compiled: plain phrases are found with `lastIndexOf`, phrases with "…" by a pattern. */
export interface PhrasePattern {
  phrase: string;
  /** Whether the phrase has a gap ("…"), so its words may stand on both sides of a number. */
  spans: boolean;
  /** The last match ending at or before `limit`, as [start, end), or undefined. */
  lastBefore(text: string, limit?: number): [number, number] | undefined;
  /** The first match starting at or after `from`, as [start, end), or undefined. */
  firstAfter(text: string, from?: number): [number, number] | undefined;
}

export function phrasePattern(phrase: string): PhrasePattern {
  if (!phrase.includes("…")) {
    return {
      phrase,
      spans: false,
      lastBefore(text, limit = text.length) {
        // Most labels hold none of a metric's phrases: `includes` says so in half the time `lastIndexOf` takes.
        if (!text.includes(phrase)) return undefined;
        const i = text.lastIndexOf(phrase, limit - phrase.length);
        return i < 0 ? undefined : [i, i + phrase.length];
      },
      firstAfter(text, from = 0) {
        const i = text.indexOf(phrase, from);
        return i < 0 ? undefined : [i, i + phrase.length];
      },
    };
  }
  const pieces = phrase.split("…");
  const pattern = new RegExp(pieces.map(escape).join(GAP), "g");
  // Most labels hold none of the phrase's words: two substring tests spare the pattern.
  const absent = (text: string) => pieces.some((piece) => !text.includes(piece));
  return {
    phrase,
    spans: true,
    lastBefore(text, limit = text.length) {
      if (absent(text)) return undefined;
      let last: [number, number] | undefined;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null && m.index + m[0].length <= limit; m = pattern.exec(text)) {
        last = [m.index, m.index + m[0].length];
        pattern.lastIndex = m.index + 1;
      }
      return last;
    },
    firstAfter(text, from = 0) {
      if (absent(text)) return undefined;
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      return m ? [m.index, m.index + m[0].length] : undefined;
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
