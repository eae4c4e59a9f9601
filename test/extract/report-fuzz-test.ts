import {readFileSync} from "node:fs";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {extractText} from "../../src/extract/report.ts";

const seed = readFileSync("data/reports/dalian-hitech/2024.txt", "utf8");
const pieces = [
  "近",
  "余",
  "约",
  "以上",
  "２８",
  "1,2",
  "万",
  "百分之",
  "第",
  "二十",
  "(",
  "（子项",
  ")",
  "项",
  "、",
  "。",
  "\n",
  "“",
  "”",
  "%",
  "行政许可",
  "一、",
  "是",
];

describe("extractText on random text", () => {
  it("never throws, and every figure's offsets point at its raw text", () => {
    const insertion = fc.tuple(fc.nat(seed.length), fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6})));
    fc.assert(
      fc.property(fc.array(insertion, {maxLength: 8}), (insertions) => {
        let text = seed;
        for (const [at, piece] of insertions)
          text = text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1));
        const {facts, numbers, checks} = extractText(text, {body: "fuzz", year: null});
        for (const item of [...facts, ...numbers]) expect(text.slice(item.start, item.end)).toBe(item.raw);
        expect(checks.length).toBeGreaterThan(0);
      }),
      {numRuns: 200},
    );
  });
});
