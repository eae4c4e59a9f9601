import {REPORT_PARTS, type ReportPart, type ReportPartId} from "../model/report-parts.ts";
import type {Paragraph} from "./paragraphs.ts";
import {matchFrom, nextFrom} from "./matches.ts";

// A heading's number: 一、 (一) 第一部分 1. — whatever outline the report uses.
const NUMBER =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(?:部分|章)[，,、:：\s]*|\d{1,2}[、.．](?!\d))\s*/;
// A line standing alone as a heading: short, and no sentence punctuation before an optional colon.
const BARE_HEADING = /^[^，。；,;！？]{2,30}[：:]?$/;
const MAX_TITLE = 40;
// The report's own title (关于2024年度法治政府建设情况的报告) stands alone too, and heads no part.
const REPORT_TITLE = /报告$|法治政府建设(?:工作)?(?:情况|总结)$/;

/**
 * What a heading of each part says, in the many ways reports word them.
 * Years are handled apart (see {@link plansByYear}): 2024年工作打算 is a plan
 * in a report on 2023, and 2024年主要举措 is not one in a report on 2024.
 */
const HEADINGS: Record<ReportPartId, RegExp> = {
  responsibility: /第一责任人|主要负责(?:人|同志)|主要领导[^，。]{0,12}职责|述法|履行[^，。]{0,16}职责/,
  shortcomings: /不足|短板|薄弱环节|差距|存在的?(?:主要)?问题|问题(?:和|与|及)|困难和问题|^(?:主要)?问题/,
  plans: /下一(?:年|年度|步)|今后|明年|工作(?:打算|安排|计划|思路|展望)|努力方向|展望|^打算|^安排/,
  other: /其他(?:需要|需)?(?:报告|说明)的?(?:事项|情况)|^其他(?:事项|情况)/,
  measures: /举措|成效|主要工作|工作(?:开展)?情况|建设情况|基本情况|主要做法|工作成[绩果]|进展|取得的/,
};
// A heading about work done on shortcomings (解决…问题, 补齐短板) names a measure, not the report's shortcomings.
const SOLVING = /解决|化解|整改|排查|破解|补齐|补短板|治理/;
const YEAR_PLAN = /([12]\d{3})年度?[^，。；]{0,14}?(打算|安排|计划|思路|重点|目标|举措|任务)/;

/** The sentences that state each part where a report gives it no heading of its own. */
const WORDING: Record<ReportPartId, RegExp> = {
  responsibility:
    /(?:主要负责(?:人|同志)|主要领导|一把手)[^。；]{0,60}?(?:第一责任|履行[^。；]{0,24}职责|述法)|第一责任人(?:职责|责任)|述法/,
  shortcomings:
    /存在(?:一些|的|着|以下|如下|一定的?)?(?:主要)?(?:不足|问题|短板|差距|薄弱环节)|(?:不足|短板|薄弱环节)(?:主要)?(?:表现在|体现在|在于)|仍有(?:一定)?差距|还(?:有|存在)(?:一定|一些)?(?:差距|不足)|不足之处|短板弱项/,
  plans: /^(?:下一步|下一年度?|明年|今后)[，,]?[^。]{0,24}?(?:将|要|继续|持续|计划|拟)/,
  other: /其他需要报告/,
  measures: /取得(?:了)?(?:明显|显著|积极|较好|良好|新的?)?(?:成效|成果|成绩)|主要举措/,
};
const SENTENCE = /[^。！？!?]+[。！？!?]*/g;
const NEGATED = /不存在|未发现|没有发现|无(?:明显)?(?:问题|不足)/;
const PLAN_YEAR_LEAD = /^([12]\d{3})年[，,]?[^。]{0,24}?(?:将|要|继续|持续|计划|拟)/;

interface Heading {
  title: string;
  /** The heading as written, its number included: `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
  level1: boolean;
}

/**
 * Which parts of the rules' outline a report contains (主要举措和成效, 存在的不足和原因,
 * 第一责任人职责, 下一年度主要安排, 其他需要报告的情况), each with the heading that opens it
 * or, for a part without a heading of its own, the first sentence that states
 * it. A heading beats wording; among headings, the first. Offsets are those of
 * the paragraphs given (the reading text).
 */
export function reportParts(paragraphs: readonly Paragraph[], year: number | null): ReportPart[] {
  const found = new Map<ReportPartId, ReportPart>();
  const headings = paragraphs.flatMap((p) => headingOf(p) ?? []);
  for (const heading of headings) {
    for (const part of headingParts(heading.title, year)) {
      if (!found.has(part)) found.set(part, span(part, "heading", heading.start, heading.end, heading.raw));
    }
  }
  // A report set out by topic (一、深入学习贯彻习近平法治思想…) gives its measures under those headings.
  if (!found.has("measures")) {
    const topic = headings.find((h) => h.level1 && headingParts(h.title, year).length === 0);
    if (topic) found.set("measures", span("measures", "heading", topic.start, topic.end, topic.raw));
  }
  const wanted = REPORT_PARTS.map((p) => p.id).filter((id) => !found.has(id));
  if (wanted.length > 0) {
    for (const paragraph of paragraphs) {
      // A sentence states a part only where its paragraph has the part's words: most paragraphs are never split.
      // (A plan's wording is read at a sentence's start, which the paragraph cannot test for.)
      const open = wanted.filter((p) => !found.has(p) && (p === "plans" || WORDING[p].test(paragraph.text)));
      if (open.length === 0) continue;
      for (const [from, to] of sentences(paragraph.text)) {
        const sentence = paragraph.text.slice(from, to);
        for (const part of open) {
          if (found.has(part) || !saysPart(part, sentence, year)) continue;
          found.set(part, span(part, "wording", paragraph.start + from, paragraph.start + to, sentence));
        }
      }
    }
  }
  return REPORT_PARTS.map(({id}) => found.get(id) ?? {part: id, present: false, via: null, raw: "", start: 0, end: 0});
}

function span(part: ReportPartId, via: "heading" | "wording", start: number, end: number, raw: string): ReportPart {
  return {part, present: true, via, raw, start, end};
}

/** A paragraph's heading: a numbered title (up to its first full stop or colon), or a short line standing alone. */
function headingOf({text, start}: Paragraph): Heading | undefined {
  const number = NUMBER.exec(text);
  if (number) {
    const rest = text.slice(number[0].length);
    const stop = rest.search(/[。：:；;！？]/);
    const title = stop < 0 ? rest : rest.slice(0, stop);
    if (title.length === 0 || title.length > MAX_TITLE) return undefined;
    const level1 = /^[一二三四五六七八九十]+[、.．]|^第/.test(number[0]);
    const raw = text.slice(0, number[0].length + title.length);
    return {title: title.trim(), raw, start, end: start + raw.length, level1};
  }
  if (BARE_HEADING.test(text) && !REPORT_TITLE.test(text.replace(/[：:]$/, ""))) {
    return {title: text.replace(/[：:]$/, ""), raw: text, start, end: start + text.length, level1: false};
  }
  return undefined;
}

/** The parts a heading's title opens (存在的问题及下一步打算 opens two). */
function headingParts(title: string, year: number | null): ReportPartId[] {
  const parts: ReportPartId[] = [];
  if (HEADINGS.responsibility.test(title)) parts.push("responsibility");
  if (HEADINGS.shortcomings.test(title) && !SOLVING.test(title)) parts.push("shortcomings");
  if (HEADINGS.plans.test(title) || plansByYear(title, year)) parts.push("plans");
  if (HEADINGS.other.test(title)) parts.push("other");
  if (parts.length === 0 && HEADINGS.measures.test(title)) parts.push("measures");
  return parts;
}

/** 2025年工作打算: a year with a word of planning, after the report's own year (or any year when it is not known). */
function plansByYear(title: string, year: number | null): boolean {
  const match = YEAR_PLAN.exec(title);
  if (!match) return false;
  const planning = ["打算", "安排", "计划", "思路"].includes(match[2]!);
  return year === null ? planning : Number(match[1]) > year;
}

function saysPart(part: ReportPartId, sentence: string, year: number | null): boolean {
  if (part === "plans") {
    const lead = PLAN_YEAR_LEAD.exec(sentence);
    if (lead && year !== null && Number(lead[1]) > year) return true;
  }
  if (!WORDING[part].test(sentence)) return false;
  return part !== "shortcomings" || !NEGATED.test(sentence);
}

/** Each sentence of a paragraph as [from, to), its closing mark included. */
function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let match = matchFrom(SENTENCE, text, 0); match !== null; match = matchFrom(SENTENCE, text, nextFrom(match)))
    spans.push([match.index, match.index + match[0].length]);
  return spans;
}
