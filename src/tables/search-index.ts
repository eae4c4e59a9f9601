import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Extraction} from "../model/extraction.ts";
import {ITEM_KINDS} from "../model/item.ts";
import {METRIC_LABELS} from "../model/catalogue.ts";
import type {SearchEntry} from "../model/search-entry.ts";
import {topicPage} from "../model/topics.ts";
import {pageText} from "./page-text.ts";

export type {SearchEntry} from "../model/search-entry.ts";

const segmenter = new Intl.Segmenter("zh-CN", {granularity: "word"});

/** The words of a text, as a Chinese reader splits it (Framework's own search splits only at spaces and punctuation). */
export function segmentWords(text: string): string[] {
  const words = new Set<string>();
  for (const {segment, isWordLike} of segmenter.segment(text.toLowerCase())) if (isWordLike) words.add(segment);
  return [...words];
}

/**
 * How much report text one page's entry holds at most. Sentences are indexed
 * with their digits masked and each distinct one once, which keeps a corpus
 * of many similar reports small; the cap bounds the rest.
 */
export const PAGE_TEXT_LIMIT = 200_000;

/**
 * Every page's own text, plus what the reports put on it: items, figures'
 * labels and source sentences. Words are segmented from the page's prose and
 * the items' names only: ICU segments Chinese at some tens of thousands of
 * characters a second, too slow for every sentence of thousands of reports,
 * which the search finds by substring instead.
 */
export function searchIndex(docsDir: string, extractions: readonly Extraction[]): SearchEntry[] {
  // Sets: a page's parts are distinct and in the order first met, as the index holds them, and at 30,000 reports a
  // list of every fact's label and sentence would be millions long.
  const pages = new Map<string, {title: string; prose: Set<string>; sentences: Set<string>; metrics: string[]}>();
  for (const file of readdirSync(docsDir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const path = file === "index.md" ? "/" : `/${file.slice(0, -3)}`;
    const {title, text, labels, metrics} = pageText(readFileSync(join(docsDir, file), "utf8"));
    pages.set(path, {title, prose: new Set([title, text, ...labels]), sentences: new Set(), metrics});
  }
  const showing = new Map<string, {prose: Set<string>}[]>();
  for (const page of pages.values()) for (const m of page.metrics) showing.set(m, [...(showing.get(m) ?? []), page]);
  // 指标覆盖 lists the whole catalogue, whatever the reports state.
  for (const label of METRIC_LABELS.values()) pages.get("/coverage")?.prose.add(label);
  for (const {items, facts} of extractions) {
    for (const item of items) {
      const prose = pages.get(topicPage(item.topic))?.prose;
      prose?.add(ITEM_KINDS[item.kind]).add(item.name).add(item.detail);
    }
    for (const fact of facts) {
      const label = METRIC_LABELS.get(fact.metric) ?? "";
      const sentence = fact.sentence.replace(/[0-9０-９]+/g, "#");
      const page = pages.get(topicPage(fact.topic));
      page?.prose.add(label);
      page?.sentences.add(sentence);
      // 数据与来源 shows every report's text; a page whose cards show the metric shows the figure as written (权力事项1140).
      pages.get("/data")?.sentences.add(sentence);
      for (const showingPage of showing.get(fact.metric) ?? []) showingPage.prose.add(label).add(fact.raw);
    }
  }
  return [...pages].map(([path, {title, prose, sentences}]) => {
    const own = capped(prose);
    return {path, title, text: capped(withFirst(own, sentences)), words: segmentWords(own)};
  });
}

/** Distinct parts, joined, up to {@link PAGE_TEXT_LIMIT} characters. */
function capped(parts: Iterable<string>): string {
  let text = "";
  const seen = new Set<string>();
  for (const part of parts) {
    if (!part || seen.has(part)) continue;
    seen.add(part);
    if (text.length + part.length > PAGE_TEXT_LIMIT) break;
    text += (text ? " " : "") + part;
  }
  return text;
}

function* withFirst(first: string, rest: Iterable<string>): Iterable<string> {
  yield first;
  yield* rest;
}
