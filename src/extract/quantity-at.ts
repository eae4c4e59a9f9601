import {arabicNumberEnd, isDigit} from "./arabic-number.ts";
import {CHINESE_NUMERAL_CHARS} from "./numerals.ts";
import {UNITS} from "./units.ts";

/** A number with its unit at one place of a text: 1,140项, 30余万元, 九十八点五个百分点. */
export interface QuantityMatch {
  index: number;
  /** Just past the unit. */
  end: number;
  /** The number as written, a 万 or 亿 written into it included (3.5万). */
  number: string;
  /** 余 or 多 after the number, or undefined. */
  between: string | undefined;
  /** 万 or 亿 after the qualifier (30余万元), or undefined. */
  scale: string | undefined;
  unit: string;
}

/** What `\s` matches, which may stand between a number and its unit. */
export const WHITE_SPACE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

const table = (chars: string) => {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
};
const NUMERAL = table(CHINESE_NUMERAL_CHARS);
const DECIMAL_DIGIT = table("零〇一二三四五六七八九");
const SPACE = table(WHITE_SPACE);
const SINGLE_UNIT = table(UNITS.filter((unit) => unit.length === 1).join(""));
const LONGER_UNITS = UNITS.filter((unit) => unit.length > 1);
const POINT = "点".charCodeAt(0);
const isBetween = (c: number) => c === 0x4f59 || c === 0x591a; // 余 多
const isScale = (c: number) => c === 0x4e07 || c === 0x4ebf; // 万 亿

/**
 * The number and unit at `index`, as the pattern `(number)([余多])?([万亿])?\s*(unit)` would match them there (the
 * number in digits, `ARABIC_NUMBER`, or in words with a decimal part), read by hand: this runs at every number of every
 * report, and the pattern cost more in its match objects than in matching. Each part is read greedily, as the pattern
 * reads it, and where the greedy reading finds no unit no shorter one does either (a 万 taken into the number leaves
 * 元 or 人, themselves units, of 万元 or 万人), so there is nothing to backtrack to. The test compares the two on
 * random text.
 */
export function quantityAt(text: string, index: number): QuantityMatch | null {
  const first = text.charCodeAt(index);
  let i: number;
  if (isDigit(first)) i = arabicNumberEnd(text, index);
  else if (NUMERAL[first] === 1) {
    i = index + 1;
    while (NUMERAL[text.charCodeAt(i)] === 1) i++;
    if (text.charCodeAt(i) === POINT && DECIMAL_DIGIT[text.charCodeAt(i + 1)] === 1) {
      i += 2;
      while (DECIMAL_DIGIT[text.charCodeAt(i)] === 1) i++;
    }
  } else return null;
  const numberEnd = i;
  const between = isBetween(text.charCodeAt(i)) ? text[i++] : undefined;
  const scale = isScale(text.charCodeAt(i)) ? text[i++] : undefined;
  while (SPACE[text.charCodeAt(i)] === 1) i++;
  const unit = unitAt(text, i);
  if (unit === undefined) return null;
  return {index, end: i + unit.length, number: text.slice(index, numberEnd), between, scale, unit};
}

/** The unit at `i`: the first of the longer units that is there, else a unit of one character. */
function unitAt(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  for (const unit of LONGER_UNITS) if (unit.charCodeAt(0) === c && text.startsWith(unit, i)) return unit;
  return SINGLE_UNIT[c] === 1 ? text[i] : undefined;
}
