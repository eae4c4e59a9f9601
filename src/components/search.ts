import {element} from "./dom.ts";
import {compareText} from "../io/compare.ts";
import type {SearchEntry} from "../model/search-entry.ts";

export type {SearchEntry} from "../model/search-entry.ts";

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  snippet: string;
}

/**
 * Finds pages by Chinese words: the query is segmented into words with
 * `Intl.Segmenter`, and a page matches when it holds every word, as a word
 * of its own segmentation or inside its text (a word can be segmented
 * differently in a longer sentence). Title matches rank first.
 */
export function searchPages(index: readonly SearchEntry[], query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  // The segmenter's dictionary lacks many policy terms (排查 comes out as 排|查), so the whole query as written counts most.
  const phrase = query.toLowerCase().replace(/\s+/g, "");
  const hits: SearchHit[] = [];
  for (const entry of index) {
    const words = new Set(entry.words);
    const text = entry.text.toLowerCase();
    const title = entry.title.toLowerCase();
    if (!terms.every((t) => words.has(t) || text.includes(t))) continue;
    const exact = text.includes(phrase) || title.includes(phrase);
    const score =
      (exact ? 20 : 0) + terms.reduce((s, t) => s + (title.includes(t) ? 10 : 0) + (words.has(t) ? 2 : 1), 0);
    hits.push({entry, score, snippet: snippet(entry.text, exact ? phrase : terms[0]!)});
  }
  return hits.sort((a, b) => b.score - a.score || compareText(a.entry.path, b.entry.path));
}

/** The words of a query; a query with no word-like segment (punctuation only) has none. */
export function queryTerms(query: string): string[] {
  const segmenter = new Intl.Segmenter("zh-CN", {granularity: "word"});
  const terms = [...segmenter.segment(query.toLowerCase().trim())].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...new Set(terms)];
}

function snippet(text: string, term: string): string {
  const at = text.toLowerCase().indexOf(term);
  if (at < 0) return text.slice(0, 60);
  return (at > 20 ? "…" : "") + text.slice(Math.max(0, at - 20), at + term.length + 40) + "…";
}

/** The results as a list of links, each with the passage around the first word; nothing before a word is typed. */
export function searchResults(hits: readonly SearchHit[], query: string): HTMLElement {
  if (query.trim() === "") return element("div", "search-results");
  if (hits.length === 0) return element("p", "muted", "没有找到。");
  const list = element("ol", "search-results");
  for (const {entry, snippet} of hits) {
    const link = element("a", "", entry.title || entry.path) as HTMLAnchorElement;
    // The page's file, relative: a static server that maps no clean URLs finds it, under any sub-path.
    link.href = entry.path === "/" ? "./" : `.${entry.path}.html`;
    list.append(element("li", "", link, element("div", "muted", snippet)));
  }
  return list;
}
