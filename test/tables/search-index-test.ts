import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {pageText, searchIndex, segmentWords} from "../../src/tables/search-index.ts";

describe("pageText", () => {
  it("keeps a page's prose and title, without code, tags or interpolations", () => {
    const {title, text} = pageText(
      '---\ntitle: 学习\n---\n# 学习\n\n```js\nconst x = 1;\n```\n<div class="a">${x}</div>\n正文。',
    );
    expect(title).toBe("学习");
    expect(text).toBe("学习 正文。");
  });
});

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

  it("segments Chinese into words", () => {
    expect(segmentWords("全面排查矛盾纠纷")).toEqual(expect.arrayContaining(["全面", "矛盾", "纠纷"]));
  });
});
