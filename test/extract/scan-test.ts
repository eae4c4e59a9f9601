import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {scanNumbers} from "../../src/extract/scan.ts";

const scan = (text: string) => scanNumbers(text).map((t) => [t.kind, t.raw, t.value, t.unit, t.qualifier]);

describe("scanNumbers", () => {
  it.each([
    ["共28项", ["quantity", "28项", 28, "项", "exact"]],
    ["共２８项", ["quantity", "２８项", 28, "项", "exact"]],
    ["共2,356件", ["quantity", "2,356件", 2356, "件", "exact"]],
    ["培训3000人次", ["quantity", "3000人次", 3000, "人次", "exact"]],
    ["两个", ["quantity", "两个", 2, "个", "exact"]],
    ["四十六家", ["quantity", "四十六家", 46, "家", "exact"]],
    ["一百二十次", ["quantity", "一百二十次", 120, "次", "exact"]],
    ["投入2.3亿元", ["quantity", "2.3亿元", 230000000, "元", "exact"]],
    ["占98.5%", ["percent", "98.5%", 98.5, "%", "exact"]],
    ["占９８％", ["percent", "９８％", 98, "%", "exact"]],
    ["达百分之九十八", ["percent", "百分之九十八", 98, "%", "exact"]],
    // Read whole: 98 or 140 would be a wrong number, not a missing one.
    ["达百分之九十八点五", ["percent", "百分之九十八点五", 98.5, "%", "exact"]],
    ["共1 140项", ["quantity", "1 140项", 1140, "项", "exact"]],
    ["共1\u202f140项", ["quantity", "1\u202f140项", 1140, "项", "exact"]],
    ["提高3个百分点", ["quantity", "3个百分点", 3, "个百分点", "exact"]],
  ])("reads %s", (text, expected) => {
    expect(scan(text)).toEqual([expected]);
  });

  it.each([
    ["近40次", "approx"],
    ["约40次", "approx"],
    ["大约40次", "approx"],
    ["40次左右", "approx"],
    ["500余家", "more_than"],
    ["300多次", "more_than"],
    ["逾300次", "more_than"],
    ["超过300次", "more_than"],
    ["70%以上", "at_least"],
    ["不少于60%", "at_least"],
    ["至少5次", "at_least"],
    ["不足10场", "less_than"],
    ["不到10场", "less_than"],
    ["5人以下", "at_most"],
    ["3天以内", "at_most"],
    ["不超过3天", "at_most"],
  ])("keeps the qualifier of %s", (text, qualifier) => {
    const [token] = scanNumbers(text);
    expect(token).toMatchObject({raw: text, qualifier});
  });

  it("does not read 最近 or 附近 as approximate", () => {
    expect(scanNumbers("最近3年")[0]).toMatchObject({raw: "3年", qualifier: "exact", kind: "duration"});
  });

  it.each([
    ["2024年", "year"],
    ["2023年度", "year"],
    ["二〇二四年", "year"],
    ["3月15日", "date"],
    ["第二十五批", "ordinal"],
    ["二十大", "meeting"],
    ["二十届三中全会", "meeting"],
    ["三项制度", "name"],
    ["四张清单", "name"],
    ["三会一课", "name"],
    ["两先区", "name"],
    ["一年来", "name"],
  ])("tells %s apart as a %s, not a quantity", (text, kind) => {
    expect(scan(text)).toEqual([[kind, text, expect.any(Number), "", "exact"]]);
  });

  it("tells outline numbering apart at the start of a paragraph and as 一是", () => {
    expect(scan("一、主要工作").map((t) => t[0])).toEqual(["outline"]);
    expect(scan("(二)持续推进").map((t) => t[0])).toEqual(["outline"]);
    expect(scan("（三）加速推进").map((t) => t[0])).toEqual(["outline"]);
    expect(scan("不足。一是能力不够；二是经费不足。").map((t) => t[1])).toEqual(["一是", "二是"]);
  });

  it("reads a slogan's number as a name: “9+1”体系, “六个一”", () => {
    expect(scan("以“9+1”体系")).toEqual([["name", "9+1", 9, "", "exact"]]);
    expect(scan("推进“六个一”建设")).toEqual([["name", "六个一", 6, "", "exact"]]);
  });

  it("takes the unit of a number from after a bracketed aside: 1140(子项2173)项", () => {
    expect(scan("权力事项1140(子项2173)项")).toEqual([
      ["quantity", "1140", 1140, "项", "exact"],
      ["quantity", "2173", 1140 + 1033, "项", "exact"],
    ]);
  });

  it("ignores Chinese numerals inside words", () => {
    expect(scan("进一步统一规范，千方百计")).toEqual([]);
  });

  it("gives offsets from the paragraph's base, and never throws on any text", () => {
    const [token] = scanNumbers("共28项", 100);
    expect(token).toMatchObject({start: 101, end: 104});
    const alphabet = fc.constantFrom(
      ..."0123456789０９,，.%％一二两十百千万亿第年月日项个次余多近约超过以上左右、。()（）“”+是 甲乙",
    );
    fc.assert(
      fc.property(fc.string({unit: alphabet, maxLength: 40}), (text) => {
        for (const t of scanNumbers(text)) {
          if (text.slice(t.start, t.end) !== t.raw || !Number.isFinite(t.value)) return false;
        }
        return true;
      }),
      {numRuns: 2000},
    );
  });
});

describe("scanNumbers with columns for the numbers that count nothing", () => {
  it("puts those in the columns in text order, offsets from the base, and returns the same figures as without", () => {
    const text = "二、（一）2024年第3次会议上，12345热线受理诉求96件，办结率98%，用时3天。";
    const columns = {kind: ["name" as const], start: [7], end: [9]};
    const figures = scanNumbers(text, 100, columns);
    const all = scanNumbers(text, 100);
    expect(figures).toEqual(
      all.filter((n) => !["number", "duration", "ordinal", "meeting", "outline", "name"].includes(n.kind)),
    );
    const rest = all.filter((n) => !figures.includes(n) && !figures.some((f) => f.start === n.start));
    expect(columns.kind.slice(1)).toEqual(rest.map((n) => n.kind));
    expect(columns.start.slice(1)).toEqual(rest.map((n) => n.start));
    expect(columns.end.slice(1)).toEqual(rest.map((n) => n.end));
    expect(columns.kind).toContain("duration");
    expect([...columns.start.slice(1)].sort((a, b) => a - b)).toEqual(columns.start.slice(1));
  });
});

describe("scanNumbers on numbers inside random text", () => {
  /** An integer as a report writes it in Chinese numerals: 三千零五, 十二 is 一十二 spoken, written 十二. */
  const chinese = (n: number): string => {
    const digits = "零一二三四五六七八九";
    const units = ["", "十", "百", "千", "万"];
    const s = String(n);
    const parts: string[] = [];
    let zero = false;
    for (let i = 0; i < s.length; i++) {
      const d = Number(s[i]);
      if (d === 0) zero = true;
      else {
        if (zero && parts.length) parts.push("零");
        zero = false;
        parts.push(digits[d]! + units[s.length - 1 - i]!);
      }
    }
    const written = parts.join("");
    return written.startsWith("一十") ? written.slice(1) : written;
  };
  // Text around the figure that neither is a numeral nor qualifies one (no 近, 余, 第, 以上…).
  const filler = fc.string({
    unit: fc.constantFrom(..."甲乙丙丁法治政府建设报告工作全区推进，。；、 \n"),
    maxLength: 12,
  });

  it("reads a Chinese numeral with its unit wherever it stands, with offsets that point at it", () => {
    fc.assert(
      fc.property(filler, fc.integer({min: 1, max: 99999}), filler, (before, n, after) => {
        const text = `${before}共${chinese(n)}项${after}`;
        const tokens = scanNumbers(text);
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
        expect(tokens).toContainEqual(
          expect.objectContaining({kind: "quantity", raw: `${chinese(n)}项`, value: n, start: before.length + 1}),
        );
      }),
      {numRuns: 1000},
    );
  });

  it("reads an Arabic figure, with or without separators, full-width or not, wherever it stands", () => {
    const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        filler,
        fc.integer({min: 0, max: 1e9}),
        fc.boolean(),
        fc.boolean(),
        filler,
        (before, n, grouped, wide, after) => {
          const digits = grouped ? n.toLocaleString("en-US") : String(n);
          const written = wide ? fullWidth(digits) : digits;
          const text = `${before}共${written}件${after}`;
          const tokens = scanNumbers(text);
          for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
          expect(tokens).toContainEqual(expect.objectContaining({raw: `${written}件`, value: n}));
        },
      ),
      {numRuns: 1000},
    );
  });
});
