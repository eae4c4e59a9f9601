import {describe, expect, it} from "vitest";
import {queryTerms, searchPages, searchResults, type SearchEntry} from "../../src/components/search.ts";
import {useDom} from "../dom/snapshot.ts";
import {segmentWords} from "../../src/tables/search-index.ts";

const entry = (path: string, title: string, text: string): SearchEntry => ({
  path,
  title,
  text,
  words: segmentWords(`${title} ${text}`),
});
const index = [
  entry("/grassroots", "基层治理", "全面排查矛盾纠纷，聚焦婚恋家庭、邻里关系等领域。"),
  entry("/enforcement", "依法行政与执法", "并在高新区门户网站予以公布。"),
  entry("/study", "学习", "理论学习中心组常态化学习。"),
];

describe("queryTerms", () => {
  it("segments a Chinese query into words and drops punctuation", () => {
    expect(queryTerms("矛盾纠纷排查")).toEqual(expect.arrayContaining(["矛盾", "纠纷"]));
    expect(queryTerms("，。")).toEqual([]);
  });
});

describe("searchPages", () => {
  it("finds a page by a word inside a sentence, with the passage around it", () => {
    const [hit] = searchPages(index, "门户网站");
    expect(hit?.entry.path).toBe("/enforcement");
    expect(hit?.snippet).toContain("门户网站");
  });

  it("finds a term the segmenter splits into characters, the exact phrase first", () => {
    expect(searchPages(index, "排查").map((h) => h.entry.path)[0]).toBe("/grassroots");
  });

  it("needs every word of the query, and ranks a title match first", () => {
    expect(searchPages(index, "排查 门户").map((h) => h.entry.path)).toEqual([]);
    expect(searchPages(index, "学习").map((h) => h.entry.path)[0]).toBe("/study");
    expect(searchPages(index, "")).toEqual([]);
  });
});

describe("searchResults", () => {
  useDom();

  it("says nothing before a word is typed, and 没有找到 after one that finds nothing", () => {
    expect(searchResults([], "").textContent).toBe("");
    expect(searchResults(searchPages(index, "甲乙丙"), "甲乙丙").textContent).toBe("没有找到。");
    const links = searchResults(searchPages(index, "排查"), "排查").querySelectorAll("a");
    expect([...links].map((a) => a.getAttribute("href"))).toEqual(["./grassroots.html"]);
  });
});
