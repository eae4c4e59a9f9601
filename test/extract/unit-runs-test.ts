import {describe, expect, it} from "vitest";
import {ARABIC_NUMBER} from "../../src/extract/arabic-number.ts";
import {CHINESE_NUMERAL_CHARS} from "../../src/extract/numerals.ts";
import {unitRuns} from "../../src/extract/unit-runs.ts";
import {UNIT_PATTERN} from "../../src/extract/units.ts";

// The scan's pattern of a number and its unit, as it is built there.
const CN = `[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`;
const SOURCE = `(${ARABIC_NUMBER}|${CN})([余多])?([万亿])?\\s*(${UNIT_PATTERN})`;
const runs = unitRuns("0123456789０１２３４５６７８９" + CHINESE_NUMERAL_CHARS + ",，.．点余多");

function everyMatch(next: (from: number) => RegExpExecArray | null): string[] {
  const found: string[] = [];
  for (let m = next(0); m !== null; m = next(m.index + Math.max(1, m[0].length))) found.push(`${m.index}:${m[0]}`);
  return found;
}

const byPattern = (text: string) =>
  everyMatch((from) => Object.assign(new RegExp(SOURCE, "g"), {lastIndex: from}).exec(text));
const sticky = new RegExp(SOURCE, "y");
const stickyAt = (text: string, at: number) => Object.assign(sticky, {lastIndex: at}).exec(text);
const byRuns = (text: string) => everyMatch((from) => runs.match(stickyAt, text, from));

describe("unitRuns", () => {
  it.each([
    "统一部署，进一步提高",
    "共梳理7939(子项9435)项",
    "30余万元和 1 140 项",
    "二十届三中全会",
    "九十八点五个百分点",
  ])("finds what the pattern finds in %s", (text) => expect(byRuns(text)).toEqual(byPattern(text)));

  it("finds what the pattern finds in 20,000 random strings of numbers, units and words", () => {
    const alphabet = [..."0123456789１,，.．点余多万亿一二十百千两 \u3000项件个人次元年万元人次个百分点和的（）统a"];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 20);
      const text = Array.from({length}, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      expect(byRuns(text), text).toEqual(byPattern(text));
    }
  });
});
