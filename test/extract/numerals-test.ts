import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseArabicNumber, parseChineseNumeral} from "../../src/extract/numerals.ts";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["二十一", 21],
    ["四十六", 46],
    ["九十八", 98],
    ["九十八点五", 98.5],
    ["零点五", 0.5],
    ["一百点零六", 100.06],
    ["一百", 100],
    ["一百二十", 120],
    ["一百零五", 105],
    ["两百", 200],
    ["一千零五", 1005],
    ["三千二百一十", 3210],
    ["一万", 10000],
    ["三万五千", 35000],
    ["十二万", 120000],
    ["一亿二千万", 120000000],
    ["二〇二四", 2024],
    ["零", 0],
  ])("%s is %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(["", "二三十", "十百", "万", "百十千", "abc", "一x"])("rejects %j", (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it("reads back every integer it could have written, up to 99999", () => {
    const digits = "零一二三四五六七八九";
    const write = (n: number): string => {
      if (n === 0) return "零";
      const parts: string[] = [];
      const units = ["", "十", "百", "千", "万"];
      const s = String(n);
      let zero = false;
      for (let i = 0; i < s.length; i++) {
        const d = Number(s[i]);
        const unit = units[s.length - 1 - i]!;
        if (d === 0) zero = true;
        else {
          if (zero && parts.length) parts.push("零");
          zero = false;
          parts.push(digits[d]! + unit);
        }
      }
      return parts.join("");
    };
    fc.assert(fc.property(fc.integer({min: 1, max: 99999}), (n) => parseChineseNumeral(write(n)) === n));
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(..."零〇一二两三四五六七八九十百千万亿x1")}), (text) => {
        const value = parseChineseNumeral(text);
        return value === undefined || (Number.isFinite(value) && value >= 0);
      }),
    );
  });
});

describe("parseArabicNumber", () => {
  it.each([
    ["28", 28],
    ["２８", 28],
    ["2,356", 2356],
    ["2，356", 2356],
    ["69.45", 69.45],
    ["1.2万", 12000],
    ["2.3亿", 230000000],
    ["１２．５", 12.5],
    ["1 140", 1140],
    ["12\u2009345.5", 12345.5],
  ])("%s is %d", (text, value) => {
    expect(parseArabicNumber(text)).toBe(value);
  });

  it.each(["", "2,35", "1.2.3", "万", "12a"])("rejects %j", (text) => {
    expect(parseArabicNumber(text)).toBeUndefined();
  });

  it("reads back any integer written with or without separators, never throwing on other input", () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 1e12}), (n) => parseArabicNumber(n.toLocaleString("en-US")) === n));
    fc.assert(
      fc.property(
        fc.string(),
        (text) => parseArabicNumber(text) === undefined || typeof parseArabicNumber(text) === "number",
      ),
    );
  });
});
