import {UNITS} from "./units.ts";

/** What `\s` matches, which may stand between a number and its unit. */
const WHITE_SPACE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/**
 * Where a pattern of the form "number, then its qualifier and scale, then a unit" (30余万元, 1,140项, 九十八点五个)
 * can match: only in a run of the characters numbers are written with that has a unit's first character in it or
 * right after it. Irregexp tries such a pattern at every digit and numeral of a paragraph, and most of them (the 一 of
 * 统一, the 2024 of 2024年度, 7939 before its bracket) are followed by no unit: each failed try cost more than reading
 * the run once. `numberChars` are the characters the number part (value, qualifier, scale, spaces) may hold.
 */
export function unitRuns(numberChars: string): {
  /** The first match of `sticky` at or after `from`, tried only where a unit can follow. */
  match(sticky: RegExp, text: string, from: number): RegExpExecArray | null;
} {
  const inNumber = new Uint8Array(0x10000);
  for (let i = 0; i < numberChars.length; i++) inNumber[numberChars.charCodeAt(i)] = 1;
  for (let i = 0; i < WHITE_SPACE.length; i++) inNumber[WHITE_SPACE.charCodeAt(i)] = 1;
  const unitStart = new Uint8Array(0x10000);
  for (const unit of UNITS) unitStart[unit.charCodeAt(0)] = 1;
  return {
    match(sticky, text, from) {
      let i = from;
      while (i < text.length) {
        if (inNumber[text.charCodeAt(i)] === 0) {
          i++;
          continue;
        }
        let end = i;
        let unit = false;
        for (; end < text.length && inNumber[text.charCodeAt(end)] === 1; end++) {
          if (unitStart[text.charCodeAt(end)] === 1) unit = true;
        }
        if (unit || (end < text.length && unitStart[text.charCodeAt(end)] === 1)) {
          for (; i < end; i++) {
            sticky.lastIndex = i;
            const m = sticky.exec(text);
            if (m !== null) return m;
          }
        }
        i = end;
      }
      return null;
    },
  };
}
