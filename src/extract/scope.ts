import {SCOPE_WORDS} from "../model/scopes.ts";

/** Marks that end a clause: a scope word speaks for the figures of its own clause and the clauses after it. */
const CLAUSE_END = /[，,。；;：:！？!?]/;
/** What may stand before a scope word at the start of its clause: a time (2024年，全市… · 去年全市…). */
const TIME_BEFORE = /^(?:(?:19|20)\d{2}年度?|去年|今年|全年|上年|同年|据统计|截至目前|截至年底)?$/;

/**
 * Whether `text[from, to)` says its figures are those of a higher level than `level` (an index of `SCOPE_WORDS`):
 * the last scope word that opens a clause decides (全市共受理… in a district's report). A scope word that only frames
 * a comparison (在全市率先, 居全市首位, 全市场) opens no clause and decides nothing.
 */
export function speaksOfHigherLevel(text: string, from: number, to: number, level: number): boolean {
  let last = -1;
  let lastLevel = level;
  for (let l = 0; l < SCOPE_WORDS.length; l++) {
    for (const word of SCOPE_WORDS[l]!) {
      // From the last occurrence back; only the last that opens a clause matters, and none before `last` can.
      for (let at = text.lastIndexOf(word, to - word.length); at >= from && at > last; at--) {
        at = text.lastIndexOf(word, at);
        if (at < from || at <= last) break;
        if (opensClause(text, at, from) && text[at + word.length] !== "场") {
          last = at;
          lastLevel = l;
        }
      }
    }
  }
  return lastLevel < level;
}

function opensClause(text: string, at: number, from: number): boolean {
  let start = at;
  while (start > from && !CLAUSE_END.test(text[start - 1]!)) start--;
  return TIME_BEFORE.test(text.slice(start, at).trim());
}
