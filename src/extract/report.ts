import {createHash} from "node:crypto";
import type {Check} from "../model/check.ts";
import type {Extraction, ReportId} from "../model/extraction.ts";
import type {Fact} from "../model/fact.ts";
import type {Item} from "../model/item.ts";
import type {ReportNumber} from "../model/number.ts";
import type {ReportPart} from "../model/report-parts.ts";
import type {UncountedNumbers} from "../model/uncounted.ts";
import {DEFAULT_CATALOGUE, type CatalogueIndex} from "./catalogue-index.ts";
import {levelOfKind} from "../model/scopes.ts";
import {runChecks} from "./checks.ts";
import {chooseFacts} from "./choose-facts.ts";
import {reportText} from "../formats/report-text.ts";
import {InputError} from "./input-error.ts";
import {mapMetrics} from "./map-metrics.ts";
import {dropRepeatedParagraphs, splitParagraphs} from "./paragraphs.ts";
import {extractItems} from "./prose-items.ts";
import {reportParts} from "./report-parts.ts";
import {published, readingText, type ReadingText} from "./reading-text.ts";
import {scanNumbers} from "./scan.ts";
import {sectionsOf} from "./sections.ts";
import {signatureOf} from "./signature.ts";
import {statedYear} from "./stated-year.ts";

/** How a text invented for tests or benchmarks says so in its first line. */
export const SYNTHETIC = /虚构|合成测试/;

/**
 * The largest report read: 64 MiB, some thirty times the longest real report
 * (a few hundred KiB) and as far as measured to be read with Node's default
 * heap (a 64 MiB one-line report, JSON streamed out; see the README's Bad
 * input). A larger file is refused with one line rather than crashing
 * half-way.
 */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** The one-line reason a file is refused for its size. */
export function tooLarge(bytes: number): string {
  return `文件大小 ${(bytes / 1024 / 1024).toFixed(1)} MiB（${bytes} 字节），超过一份报告的上限 64 MiB（${MAX_REPORT_BYTES} 字节）：请确认这是报告全文`;
}

/** Options of an extraction: the catalogue to map figures with (fazhi's own, or one extended by an analyst's file). */
export interface ExtractOptions {
  catalogue?: CatalogueIndex;
  /**
   * The kind of body that wrote the report (`district`, `city`… as in `data/bodies.csv`). Given, a figure the report
   * gives for a higher level (全市… in a district's report) is kept among the numbers, not taken as the body's own.
   */
  kind?: string;
}

/** Reads one report's bytes into facts, numbers and checks, each figure with its offsets in the decoded text. */
export function extractReport(bytes: Uint8Array, id: ReportId, options: ExtractOptions = {}): Extraction {
  if (bytes.length > MAX_REPORT_BYTES) throw new InputError(tooLarge(bytes.length));
  return extractText(reportText(bytes), id, createHash("sha256").update(bytes).digest("hex"), options);
}

/** The same, for text already decoded. */
export function extractText(
  text: string,
  id: ReportId,
  sha256 = textDigest(text),
  {catalogue = DEFAULT_CATALOGUE, kind}: ExtractOptions = {},
): Extraction {
  const reading = readingText(text);
  const {kept, removed} = dropRepeatedParagraphs(splitParagraphs(reading.text));
  const sections = sectionsOf(kept);
  const facts: Fact[] = [];
  const numbers: ReportNumber[] = [];
  const uncounted: UncountedNumbers = {kind: [], start: [], end: []};
  const level = levelOfKind(kind);
  kept.forEach((paragraph, i) => {
    const tokens = scanNumbers(paragraph.text, paragraph.start, uncounted);
    const mapped = mapMetrics(paragraph, tokens, sections[i]!, catalogue, level);
    // Pushed one by one: spreading an unbounded array into push() overflows the stack on a huge paragraph.
    for (const fact of mapped.facts) facts.push(fact);
    for (const number of mapped.numbers) numbers.push(number);
  });
  const synthetic = SYNTHETIC.test(kept[0]?.text ?? "");
  const stated = statedYear(kept, numbers, (p) => synthetic && p === kept[0]);
  const year = id.year ?? stated?.years[0] ?? numbers.find((n) => n.kind === "year")?.value ?? null;
  const items = extractItems(kept, sections);
  const signature = signatureOf(reading.text);
  const parts = reportParts(kept, year);
  const conflicts = chooseFacts(facts);
  const checks = runChecks({
    year: id.year,
    text: reading.text,
    facts,
    numbers,
    duplicatesRemoved: removed,
    signature,
    stated,
    conflicts,
    invisible: reading.invisible,
    traditional: reading.traditional,
  });
  if (reading.text !== text) pointIntoPublished(text, reading, facts, numbers, uncounted, items, checks, parts);
  return {
    report: {
      body: id.body,
      year,
      sha256,
      chars: text.length,
      duplicates_removed: removed,
      synthetic,
      signed_on: signature?.signed_on ?? null,
    },
    text,
    facts,
    numbers,
    uncounted,
    items,
    parts,
    checks,
  };
}

/**
 * The SHA-256 of a text's UTF-8 bytes, fed a mebibyte of characters at a time: the digest of the whole, without
 * encoding the whole text into one buffer first (100 MiB of fresh memory took longer to touch than to hash).
 * A cut between a surrogate pair would encode each half apart, so a cut never falls inside one.
 */
function textDigest(text: string): string {
  const hash = createHash("sha256");
  const step = 1 << 20;
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + step);
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to++;
    hash.update(text.slice(from, to));
    from = to;
  }
  return hash.digest("hex");
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Moves every offset from the text read to the text as published, and quotes the published text. */
function pointIntoPublished(
  text: string,
  reading: ReadingText,
  facts: Fact[],
  numbers: ReportNumber[],
  uncounted: UncountedNumbers,
  items: Item[],
  checks: Check[],
  parts: ReportPart[],
): void {
  const at = (offset: number) => published(reading, offset);
  // An end is just past its last character: invisible characters after it stay outside.
  const atEnd = (offset: number) => (offset === 0 ? 0 : published(reading, offset - 1) + 1);
  const spans = [...facts, ...numbers, ...items, ...checks.flatMap((c) => (c.location ? [c.location] : []))];
  for (const span of [...spans, ...parts.filter((p) => p.present)]) {
    span.start = at(span.start);
    span.end = atEnd(span.end);
    span.raw = text.slice(span.start, span.end);
  }
  uncounted.start = uncounted.start.map(at);
  uncounted.end = uncounted.end.map(atEnd);
  for (const fact of facts) {
    fact.sentence_start = at(fact.sentence_start);
    fact.sentence_end = atEnd(fact.sentence_end);
    fact.sentence = text.slice(fact.sentence_start, fact.sentence_end);
  }
}
