import {describe, expect, it} from "vitest";
import {phrasePattern} from "../../src/extract/phrase-pattern.ts";

describe("phrasePattern", () => {
  it("finds a plain phrase's last match before a limit and first after an offset", () => {
    const p = phrasePattern("学习");
    expect(p.spans).toBe(false);
    expect(p.lastBefore("学习研讨学习")).toEqual([4, 6]);
    expect(p.lastBefore("学习研讨学习", 5)).toEqual([0, 2]);
    expect(p.firstAfter("研讨学习", 1)).toEqual([2, 4]);
    expect(p.lastBefore("研讨")).toBeUndefined();
  });

  it("lets … stand for a few characters of one clause, never across a clause mark", () => {
    const p = phrasePattern("报备…规范性文件");
    expect(p.spans).toBe(true);
    expect(p.firstAfter("依法报备行政规范性文件")).toEqual([2, 11]);
    expect(p.lastBefore("报备，规范性文件")).toBeUndefined();
    expect(p.lastBefore("报备了很多很多很多很多很多的规范性文件")).toBeUndefined();
  });

  it("escapes characters a pattern would read as syntax", () => {
    expect(phrasePattern("(子项)…总数").firstAfter("(子项)共计总数")).toEqual([0, 8]);
  });
});
