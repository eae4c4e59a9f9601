import {describe, expect, it} from "vitest";
import {firstChars} from "../../src/extract/first-chars.ts";

describe("firstChars", () => {
  const starts = firstChars([["受理", "收到"], ["审结"], ["纠错", "撤销"]]);
  const candidates = (text: string) => [0, 1, 2].filter((i) => starts.has(starts.of(text), i));

  it("names the entries with a word starting with a character of the text", () => {
    expect(candidates("全年收到申请")).toEqual([0]);
    expect(candidates("审结、撤销")).toEqual([1, 2]);
    expect(candidates("开展执法检查")).toEqual([]);
  });

  it("never rules out an entry whose word is in the text", () => {
    for (const word of ["受理", "收到", "审结", "纠错", "撤销"])
      expect(candidates(`共${word}`).length).toBeGreaterThan(0);
  });

  it("keeps an entry with an empty word, and every entry past the 31st, a candidate", () => {
    const many = firstChars([[""], ...Array.from({length: 40}, (_, i) => [String.fromCharCode(0x4e00 + i)])]);
    const bits = many.of("无关");
    expect(many.has(bits, 0)).toBe(true);
    expect(many.has(bits, 5)).toBe(false);
    expect(many.has(bits, 35)).toBe(true);
  });
});
