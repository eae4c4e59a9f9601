import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {searchIndex, segmentWords} from "../../src/tables/search-index.ts";

describe("searchIndex", () => {
  it("indexes every page, with the reports' items and sentences on the page that shows them", () => {
    const index = searchIndex("docs", loadCorpus().extractions);
    const page = (path: string) => index.find((e) => e.path === path)!;
    expect(index.map((e) => e.path)).toContain("/");
    expect(page("/grassroots").text).toContain("婚恋家庭");
    expect(page("/enforcement").text).toContain("门户网站");
    expect(page("/services").text).toContain("免申即享");
    expect(page("/services").words).toContain("改革");
  });

  it("finds a figure on every page whose cards show it, and the catalogue on 指标覆盖", () => {
    const index = searchIndex("docs", loadCorpus().extractions);
    const holding = (words: string) => index.filter((e) => e.text.includes(words)).map((e) => e.path);
    expect(holding("权力事项")).toEqual(expect.arrayContaining(["/", "/power-list", "/screen"]));
    expect(holding("1140")).toEqual(expect.arrayContaining(["/", "/power-list", "/screen"]));
    expect(holding("行政复议")).toEqual(expect.arrayContaining(["/coverage"]));
    // The component gallery documents code in its prose; no other page shows any.
    for (const entry of index.filter((e) => e.path !== "/components"))
      expect(entry.text).not.toMatch(/\)\}|ariaLabel|\.reference\(/);
  });

  it("segments Chinese into words", () => {
    expect(segmentWords("全面排查矛盾纠纷")).toEqual(expect.arrayContaining(["全面", "矛盾", "纠纷"]));
  });
});
