import type {Item, ItemKind} from "../model/item.ts";
import {charGroups} from "./char-groups.ts";
import {clauseAround} from "./clauses.ts";
import type {Paragraph} from "./paragraphs.ts";
import type {SectionInfo} from "./sections.ts";
import {matchFrom, nextFrom} from "./matches.ts";
import {sortByStart} from "./sort-by-start.ts";

type Emit = (kind: ItemKind, from: number, to: number, name?: string, detail?: string) => void;

const ENUMERATION = /[一二三四五六七八九十]是/g;
const SHORTCOMINGS = /存在(?:一些|的|着)?(?:不足|问题|短板|差距)/;
const PLANS_HEADING = /工作(?:打算|计划|安排|思路)|下一步/;
const SHORTCOMINGS_HEADING = /不足|问题|短板/;
// Patterns made once: a literal in a function is a new pattern on every call, for every paragraph.
const PLAN_BREAK = /[；;]|。(?=.)|$/g;
const SERVICE_FORM = /([^、，,。；;“”]{2}服务)“([^”]{1,8})”/g;
const NAMED_SYSTEM = /“([^”]{0,6}(?:[一二三四五六七八九十两]|\d+\+\d+)[^”]{0,6})”(体系|制度|机制|模式)?/g;
const DOCUMENT = /《([^》]{2,60})》/g;
const AWARD = /获评([^，,。；;]+)/g;
const REFORM = /(?:深化|推进|推行|实施)([^，,。；;“”]{2,10}?改革)/g;
const QUOTED = /“([^”]+)”/g;
// 2025年，高新区将持续…: the lead-in of a plan paragraph, before its first item.
const PLAN_LEAD = /^(?:\d{4}年|下一步|今后)[，,]?[^，,；;。]{0,12}?将/;
const HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
const DISPUTE_AREAS = /聚焦([^。；;]*?)等(?:重点)?领域/g;
const STUDY_FORMS = /(?:运用|通过|采取)([^。；;]*?)等(?:多种)?(?:形式|方式)/g;
const LIST_BREAK = /[、和及]/;
const SYSTEM_WORD = /制度|清单|体系|机制|模式|个一|\+/;
const QUOTED_BEFORE = /“([^”]+)”\s*$/;
const EXPLORED = /探索((?:“[^”]{2,10}”[和、及]?)+)/g;
const OPENING_SENTENCE = /^([^，,。；;]{4,12})。/;
/** The first characters of the markers the readers below look for. */
const MARKERS = charGroups(["聚", "形方", "“", "《", "获", "改探"]);
const FOCUS = MARKERS.need("聚");
const FORM = MARKERS.need("形方");
const QUOTE = MARKERS.need("“");
const TITLE = MARKERS.need("《");
const AWARDED = MARKERS.need("获");
const REFORM_WORD = MARKERS.need("改探");
/** What an item's end is trimmed of: these marks, and what `\s` matches. */
const TRAILING = new Set([
  ..."；;。，,、\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
]);

/** Reads the lists a report gives in prose, paragraph by paragraph, each item with its offsets. */
export function extractItems(paragraphs: readonly Paragraph[], sections: readonly SectionInfo[]): Item[] {
  const items: Item[] = [];
  paragraphs.forEach((paragraph, i) => {
    const first = items.length;
    readParagraph(paragraph, sections[i]!, items);
    // Paragraphs come in text order: sorting each one's items puts the whole list in text order.
    sortByStart(items, first);
  });
  return items;
}

function readParagraph(paragraph: Paragraph, section: SectionInfo, items: Item[]): void {
  const text = paragraph.text;
  const topic = section.topic;
  const emit: Emit = (kind, from, to, name, detail = "") => {
    const raw = text.slice(from, to);
    items.push({
      kind,
      name: name ?? raw,
      detail,
      raw,
      start: paragraph.start + from,
      end: paragraph.start + to,
      section: section.label,
      // Shortcomings and plans are one topic wherever the report puts them.
      topic: kind === "shortcoming" || kind === "plan" ? "outlook" : topic,
    });
  };
  if (HEADING.test(text)) return;
  if (SHORTCOMINGS.test(text) || SHORTCOMINGS_HEADING.test(section.heading)) enumerated(text, "shortcoming", emit);
  else if (PLANS_HEADING.test(section.heading)) plans(text, emit);
  // Each reader runs only where its marker occurs: most paragraphs hold none of them, and one pass over the
  // paragraph says which of the markers' first characters it holds.
  const has = MARKERS.of(text);
  if (has & FOCUS && text.includes("聚焦")) listAfter(text, DISPUTE_AREAS, "dispute_area", emit);
  if (has & FORM && (text.includes("形式") || text.includes("方式"))) listAfter(text, STUDY_FORMS, "study_form", emit);
  if (has & QUOTE) {
    serviceForms(text, emit);
    namedSystems(text, emit);
  }
  if (has & TITLE) documents(text, emit);
  if (has & AWARDED && text.includes("获评")) awards(text, emit);
  if (has & REFORM_WORD && (text.includes("改革") || text.includes("探索"))) reforms(text, emit);
  measureHeading(text, section, emit);
}

/** 一是…；二是…；三是…。: each enumerated item, without its marker. */
function enumerated(text: string, kind: ItemKind, emit: Emit): void {
  const markers: RegExpExecArray[] = [];
  for (let m = matchFrom(ENUMERATION, text, 0); m !== null; m = matchFrom(ENUMERATION, text, nextFrom(m)))
    markers.push(m);
  markers.forEach((m, i) => {
    const from = m.index + m[0].length;
    const limit = markers[i + 1]?.index ?? text.length;
    const to = trimEnd(text, from, limit);
    if (to > from) emit(kind, from, to);
  });
}

/** A plan paragraph: its items are the parts between semicolons, or enumerated with 一是. */
function plans(text: string, emit: Emit): void {
  if (ENUMERATION.test(text)) {
    ENUMERATION.lastIndex = 0;
    return enumerated(text, "plan", emit);
  }
  let from = PLAN_LEAD.exec(text)?.[0].length ?? 0;
  for (let m = matchFrom(PLAN_BREAK, text, 0); m !== null; m = matchFrom(PLAN_BREAK, text, nextFrom(m))) {
    const to = trimEnd(text, from, m.index);
    if (to > from) emit("plan", from, to);
    from = m.index + m[0].length;
  }
}

/** 聚焦婚恋家庭、邻里关系…等领域: the items of a list introduced by a verb and closed by 等. */
function listAfter(text: string, pattern: RegExp, kind: ItemKind, emit: Emit): void {
  for (let m = matchFrom(pattern, text, 0); m !== null; m = matchFrom(pattern, text, nextFrom(m))) {
    let from = m.index + m[0].indexOf(m[1]!);
    for (const part of m[1]!.split(LIST_BREAK)) {
      const lead = part.length - part.trimStart().length;
      if (part.trim()) emit(kind, from + lead, from + lead + part.trim().length);
      from += part.length + 1;
    }
  }
}

/** 线上服务“云帮办”: a service form and the kind of service it is. */
function serviceForms(text: string, emit: Emit): void {
  for (let m = matchFrom(SERVICE_FORM, text, 0); m !== null; m = matchFrom(SERVICE_FORM, text, nextFrom(m))) {
    emit("service_form", m.index, m.index + m[0].length, m[2]!, m[1]!);
  }
}

/** “三项制度”, “四张清单”, “9+1”体系: a system with a number in its name, and the clause that says what is done with it. */
function namedSystems(text: string, emit: Emit): void {
  for (let m = matchFrom(NAMED_SYSTEM, text, 0); m !== null; m = matchFrom(NAMED_SYSTEM, text, nextFrom(m))) {
    const name = m[1]! + (m[2] ?? "");
    if (!SYSTEM_WORD.test(name)) continue; // “高效办成一件事” is a slogan, not a system
    const {before, after} = clauseAround(text, m.index, m.index + m[0].length);
    emit("system", m.index, m.index + m[0].length, name, (before + m[0] + after).trim());
  }
}

/** 《行政复议法》: a law, regulation or document the report names. */
function documents(text: string, emit: Emit): void {
  for (let m = matchFrom(DOCUMENT, text, 0); m !== null; m = matchFrom(DOCUMENT, text, nextFrom(m)))
    emit("document", m.index, m.index + m[0].length, m[1]!);
}

/** 获评…十佳典型案例: an honour, and what received it when the report quotes it. */
function awards(text: string, emit: Emit): void {
  for (let m = matchFrom(AWARD, text, 0); m !== null; m = matchFrom(AWARD, text, nextFrom(m))) {
    const quoted = QUOTED_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    emit("award", m.index + 2, m.index + m[0].length, m[1]!, quoted?.[1] ?? "");
  }
}

/** 深化综合窗口改革, 率先探索“事项全销”和“证照同销”: reforms the report names. */
function reforms(text: string, emit: Emit): void {
  for (let m = matchFrom(REFORM, text, 0); m !== null; m = matchFrom(REFORM, text, nextFrom(m))) {
    const from = m.index + m[0].length - m[1]!.length;
    emit("reform", from, m.index + m[0].length);
  }
  for (let m = matchFrom(EXPLORED, text, 0); m !== null; m = matchFrom(EXPLORED, text, nextFrom(m))) {
    for (let q = matchFrom(QUOTED, m[1]!, 0); q !== null; q = matchFrom(QUOTED, m[1]!, nextFrom(q))) {
      const from = m.index + 2 + q.index;
      emit("reform", from, from + q[0].length, q[1]!);
    }
  }
}

/** 全面排查矛盾纠纷。: a paragraph that opens with a short sentence names the measure it describes. */
function measureHeading(text: string, section: SectionInfo, emit: Emit): void {
  if (section.topic !== "grassroots") return;
  const m = OPENING_SENTENCE.exec(text);
  if (m) emit("measure", 0, m[1]!.length);
}

/** The end of an item: before trailing punctuation and spaces. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && TRAILING.has(text[to - 1]!)) to--;
  return to;
}
