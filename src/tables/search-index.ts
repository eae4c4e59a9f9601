import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Extraction} from "../model/extraction.ts";
import {ITEM_KINDS} from "../model/item.ts";
import {METRIC_LABELS} from "../model/catalogue.ts";
import type {SearchEntry} from "../model/search-entry.ts";
import {topicPage} from "../model/topics.ts";

export type {SearchEntry} from "../model/search-entry.ts";

const segmenter = new Intl.Segmenter("zh-CN", {granularity: "word"});

/** The words of a text, as a Chinese reader splits it (Framework's own search splits only at spaces and punctuation). */
export function segmentWords(text: string): string[] {
  const words = new Set<string>();
  for (const {segment, isWordLike} of segmenter.segment(text.toLowerCase())) if (isWordLike) words.add(segment);
  return [...words];
}

/** The prose of a Markdown page, without code, tags or interpolations. */
export function pageText(markdown: string): {title: string; text: string} {
  const body = markdown.replace(/^---[\s\S]*?---/, "");
  const title = /^title:\s*(.+)$/m.exec(markdown)?.[1]?.trim() ?? "";
  const text = body
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/\$\{[^}]*\}/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#*`>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return {title, text};
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
  const pages = new Map<string, {title: string; prose: string[]; sentences: string[]}>();
  for (const file of readdirSync(docsDir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const path = file === "index.md" ? "/" : `/${file.slice(0, -3)}`;
    const {title, text} = pageText(readFileSync(join(docsDir, file), "utf8"));
    pages.set(path, {title, prose: [title, text], sentences: []});
  }
  for (const {items, facts} of extractions) {
    for (const item of items)
      pages.get(topicPage(item.topic))?.prose.push(ITEM_KINDS[item.kind], item.name, item.detail);
    for (const fact of facts) {
      const page = pages.get(topicPage(fact.topic));
      page?.prose.push(METRIC_LABELS.get(fact.metric) ?? "");
      page?.sentences.push(fact.sentence.replace(/[0-9０-９]+/g, "#"));
    }
  }
  return [...pages].map(([path, {title, prose, sentences}]) => {
    const own = capped(prose);
    return {path, title, text: capped([own, ...sentences]), words: segmentWords(own)};
  });
}

/** Distinct parts, joined, up to {@link PAGE_TEXT_LIMIT} characters. */
function capped(parts: readonly string[]): string {
  let text = "";
  for (const part of new Set(parts.filter(Boolean))) {
    if (text.length + part.length > PAGE_TEXT_LIMIT) break;
    text += (text ? " " : "") + part;
  }
  return text;
}
