import {describe, expect, it} from "vitest";
import {ARABIC_NUMBER} from "../../src/extract/arabic-number.ts";
import {CHINESE_NUMERAL_CHARS} from "../../src/extract/numerals.ts";
import {quantityAt} from "../../src/extract/quantity-at.ts";
import {UNIT_PATTERN} from "../../src/extract/units.ts";

// The pattern the reader stands for: a number in digits or in words, 余 or 多, 万 or 亿, spaces, a unit.
const CN = `[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`;
const QUANTITY = new RegExp(`(${ARABIC_NUMBER}|${CN})([余多])?([万亿])?\\s*(${UNIT_PATTERN})`, "y");

/** The pattern's match at `at`, in the reader's shape. */
function byPattern(text: string, at: number) {
  QUANTITY.lastIndex = at;
  const m = QUANTITY.exec(text);
  if (m === null) return null;
  return {index: at, end: at + m[0].length, number: m[1], between: m[2], scale: m[3], unit: m[4]};
}

describe("quantityAt", () => {
  it.each([
    ["1,140项", 0, {end: 6, number: "1,140", unit: "项"}],
    ["30余万元", 0, {end: 5, number: "30", between: "余", scale: "万", unit: "元"}],
    ["3.5万元", 0, {end: 5, number: "3.5万", unit: "元"}],
    ["九十八点五个百分点", 0, {end: 9, number: "九十八点五", unit: "个百分点"}],
    ["1 140 项", 0, {end: 7, number: "1 140", unit: "项"}],
    ["12个月", 0, {end: 4, number: "12", unit: "个月"}],
  ])("reads %s at %i", (text, at, expected) =>
    expect(quantityAt(text, at)).toEqual({index: at, between: undefined, scale: undefined, ...expected}),
  );

  it.each(["统一部署", "2024", "三点钟", "1,2345", "第"])("reads no quantity at the start of %s", (text) =>
    expect(quantityAt(text, 0)).toBeNull(),
  );

  it("reads what the pattern matches, at every place of 20,000 random strings of numbers, units and words", () => {
    const alphabet = [
      ..."0123456789１,，.．点余多万亿一二十百千两零 \u3000\u00a0项件个人次元年万元人次个百分点月小时和的（）统a",
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 16);
      const text = Array.from({length}, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      for (let at = 0; at < text.length; at++)
        expect(quantityAt(text, at), `${text} @${at}`).toEqual(byPattern(text, at));
    }
  });
});
