import {canonicalCategory} from "../model/categories.ts";
import {PHRASES, type Subject} from "../model/catalogue.ts";
import type {Fact} from "../model/fact.ts";
import {topicOf, type TopicId} from "../model/topics.ts";
import {DEFAULT_CATALOGUE, type CatalogueIndex, type CompiledMetric} from "./catalogue-index.ts";
import {sentenceAround} from "./clauses.ts";
import {glueAtEnd, glueAtStart} from "./glue.ts";
import {labelContexts, type LabelContext} from "./label-context.ts";
import type {NumberToken} from "./number-token.ts";
import type {Paragraph} from "./paragraphs.ts";
import type {SectionInfo} from "./sections.ts";

/** A number of the report, with the metric it was mapped to (null when none fits) and the words it counts. */
export interface ReportNumber extends NumberToken {
  metric: string | null;
  category: string | null;
  section: string;
  /** For a figure: the words next to it that say what it counts (主动公开政府信息), mapped or not. */
  label: string;
}

/** How far before a number its label may stand, in characters of the clause; nearer labels win. */
const REACH_BEFORE = 14;
/** How far after a number's unit the noun it counts may start (146名新任职干部参加…测试). */
const REACH_AFTER = 12;
/** How far before a figure's sentence a subject named earlier still carries (收到…申请611件。其中纠错57件). */
const SUBJECT_CARRY = 60;
/** Words that stand between a subject and the number and say nothing of which of its figures it is. */
const TRANSPARENT = ["案件", "申请", "事项", "类", "的"];

/** Maps a paragraph's numbers to metrics, and reads the figures the paragraph states in words. */
export function mapMetrics(
  paragraph: Paragraph,
  tokens: readonly NumberToken[],
  {label: section, heading}: SectionInfo,
  catalogue: CatalogueIndex = DEFAULT_CATALOGUE,
): {numbers: ReportNumber[]; facts: Fact[]} {
  const topic = topicOf(heading);
  const numbers: ReportNumber[] = [];
  const facts: Fact[] = [];
  const contexts = labelContexts(paragraph.text, tokens, paragraph.start);
  tokens.forEach((token, i) => {
    const context = contexts[i];
    const found = context ? findMetric(catalogue, paragraph.text, token, context, paragraph.start) : undefined;
    const {kind, value, unit, qualifier, raw, start, end} = token;
    // Listed field by field: this runs for every number, and spreading an object costs several times more.
    const number: ReportNumber = {
      kind,
      value,
      unit,
      qualifier,
      raw,
      start,
      end,
      metric: found?.metric.id ?? null,
      category: found?.category ?? null,
      section,
      label: context ? labelOf(context) : "",
    };
    if (token.value_high !== undefined) number.value_high = token.value_high;
    numbers.push(number);
    if (found) facts.push(fact(paragraph, found.metric.id, found.category, token, found.start, found.end, section, topic));
  });
  for (const {id, pattern, value} of PHRASES) {
    for (const m of paragraph.text.matchAll(pattern)) {
      const start = paragraph.start + m.index;
      const token = {value, unit: "%", qualifier: "exact", raw: m[0], start, end: start + m[0].length} as const;
      facts.push(fact(paragraph, id, null, token, token.start, token.end, section, topic));
    }
  }
  return {numbers, facts};
}

interface Found {
  metric: CompiledMetric;
  category: string | null;
  /** Offsets into the report of the fragment the fact was read from: label and number. */
  start: number;
  end: number;
}

interface Candidate extends Found {
  distance: number;
  length: number;
}

function findMetric(
  catalogue: CatalogueIndex,
  text: string,
  token: NumberToken,
  context: LabelContext,
  base: number,
): Found | undefined {
  const metrics = catalogue.byUnit.get(token.unit);
  if (!metrics || context.change) return undefined;
  const subject = activeSubject(catalogue.subjects, text, token.start - base, context);
  let best: Candidate | undefined;
  for (const metric of metrics) {
    if (metric.subject !== undefined && metric.subject !== subject?.subject.id) continue;
    if (metric.not && hasAny(context.clause + context.after, metric.not)) continue;
    if (metric.subject && subject && rejects(subject.subject, text, context, token.start - base)) continue;
    const candidate = matchLabel(metric, token, context, base, metric.subject ? subject : undefined);
    if (candidate && (!best || better(candidate, best))) best = candidate;
  }
  if (best) return best;
  // 行政复议案件52件: the subject itself, right before the number, names its main figure.
  const main = subject?.adjacent && subject.subject.main ? catalogue.byId.get(subject.subject.main) : undefined;
  if (main && main.units.includes(token.unit) && !rejects(subject!.subject, text, context, token.start - base)) {
    return {metric: main, category: null, start: base + subject!.start, end: token.end};
  }
  return undefined;
}

/** Whether the clause or sentence says the number counts a change of the subject, or the body speaks in another role. */
function rejects(subject: Subject, text: string, context: LabelContext, start: number): boolean {
  if (subject.not && hasAny(context.clause, subject.not)) return true;
  return subject.role !== undefined && hasAny(text.slice(context.sentenceStart, start), subject.role);
}

const better = (a: Candidate, b: Candidate) => a.distance < b.distance || (a.distance === b.distance && a.length > b.length);

/** Where a subject is named for a figure, and whether nothing but glue stands between it and the number. */
interface SubjectMention {
  subject: Subject;
  start: number;
  end: number;
  /** Named in the figure's own clause (not carried from an earlier one). */
  inClause: boolean;
  adjacent: boolean;
}

/** The subject named nearest before the figure (in its sentence, or just before it), or right after its unit. */
function activeSubject(
  subjects: readonly Subject[],
  text: string,
  start: number,
  context: LabelContext,
): SubjectMention | undefined {
  const from = Math.max(0, context.sentenceStart - SUBJECT_CARRY);
  const window = text.slice(from, start);
  let best: {subject: Subject; start: number; end: number} | undefined;
  for (const subject of subjects) {
    for (const keyword of subject.keywords) {
      const i = window.lastIndexOf(keyword);
      if (i < 0) continue;
      const end = from + i + keyword.length;
      if (!best || end > best.end || (end === best.end && from + i < best.start)) best = {subject, start: from + i, end};
    }
  }
  const clauseStart = start - context.clause.length;
  const named = best && {...best, inClause: best.start >= clauseStart, adjacent: adjacency(best.subject, context)};
  if (named?.inClause) return named;
  // 486名执法人员参加法律知识测试: a subject named after the number, in its own clause, beats one carried from before.
  let first: SubjectMention | undefined;
  for (const subject of subjects) {
    for (const keyword of subject.keywords) {
      const i = context.after.indexOf(keyword);
      if (i < 0 || (first && context.afterStart + i >= first.start)) continue;
      const at = context.afterStart + i;
      first = {subject, start: at, end: at + keyword.length, inClause: true, adjacent: false};
    }
  }
  return first ?? named;
}

/** Whether nothing but glue stands between the subject, named in the figure's label, and the number. */
function adjacency(subject: Subject, context: LabelContext): boolean {
  // Read in the figure's own label, which a 分别为 list sets apart from the text.
  const keyword = subject.keywords.find((k) => context.before.includes(k));
  if (!keyword) return false;
  const tail = context.before.slice(context.before.lastIndexOf(keyword) + keyword.length);
  return isGlue(reduce(tail, [...subject.keywords, ...TRANSPARENT]).text);
}

/** The best placed of a metric's phrases next to the figure: before it, after it, or around it. */
function matchLabel(
  metric: CompiledMetric,
  token: NumberToken,
  context: LabelContext,
  base: number,
  subject: SubjectMention | undefined,
): Candidate | undefined {
  const {before, after} = context;
  const reduced = subject ? reduce(before, [...subject.subject.keywords, ...TRANSPARENT]) : undefined;
  let best: Candidate | undefined;
  const consider = (candidate: Candidate) => {
    if (!best || better(candidate, best)) best = candidate;
  };
  for (const pattern of metric.patterns) {
    const length = pattern.phrase.length;
    const category = metric.categorised ? canonicalCategory(pattern.phrase) ?? null : null;
    for (const [label, map] of reduced ? [[before, null] as const, [reduced.text, reduced.map] as const] : [[before, null] as const]) {
      const m = pattern.lastBefore(label);
      if (!m) continue;
      const tail = label.slice(m[1]);
      const distance = tail.length - glueAtEnd(tail);
      if (distance > REACH_BEFORE) continue;
      // A subject carried from an earlier clause fits only a clause that names nothing but the act (受理580件).
      if (subject && !subject.inClause && distance > 0) continue;
      const at = map ? map[m[0]]! : m[0];
      consider({metric, category, distance, length, start: base + context.beforeStart + at, end: token.end});
    }
    const lead = glueAtStart(after);
    const a = pattern.firstAfter(after, lead);
    if (a && a[0] - lead <= REACH_AFTER && (!subject || subject.inClause)) {
      consider({metric, category, distance: a[0] - lead, length, start: token.start, end: base + context.afterStart + a[1]});
    }
    if (pattern.phrase.includes("…")) {
      // 惠及辖区近500家企业: the phrase's words stand on both sides of the number.
      const joined = before + after;
      const s = pattern.firstAfter(joined, Math.max(0, before.length - REACH_BEFORE));
      if (s && s[0] < before.length && s[1] > before.length) {
        const start = base + context.beforeStart + s[0];
        const end = base + context.afterStart + (s[1] - before.length);
        consider({metric, category, distance: 0, length, start, end});
      }
    }
  }
  return best;
}

/** Whether any of the words occurs; 调整后 (after the change) names the result, not the change, and does not count. */
function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (text[i + w.length] !== "后") return true;
    return false;
  });
}

function isGlue(text: string): boolean {
  return glueAtEnd(text) === text.length;
}

/** The text with the given words taken out, and where each remaining character stood. */
function reduce(text: string, words: readonly string[]): {text: string; map: number[]} {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const word = sorted.find((w) => text.startsWith(w, i));
    if (word) {
      i += word.length;
      continue;
    }
    out += text[i];
    map.push(i);
    i++;
  }
  map.push(text.length);
  return {text: out, map};
}

/** What an unmapped figure counts, in the report's words: the label before it, or the noun after it. */
function labelOf({before, after}: LabelContext): string {
  const label = before.slice(0, before.length - glueAtEnd(before)).replace(/^[、，,（(其中及和与]+/, "");
  if (label.length >= 2) return label.slice(-12);
  return after.slice(glueAtStart(after)).slice(0, 10);
}

function fact(
  paragraph: Paragraph,
  metric: string,
  category: string | null,
  token: Pick<NumberToken, "value" | "unit" | "qualifier" | "value_high">,
  start: number,
  end: number,
  section: string,
  topic: TopicId,
): Fact {
  const raw = paragraph.text.slice(start - paragraph.start, end - paragraph.start);
  const sentence = sentenceAround(paragraph.text, start - paragraph.start, end - paragraph.start);
  const fact: Fact = {
    metric,
    category,
    value: token.value,
    unit: token.unit,
    qualifier: token.qualifier,
    raw,
    start,
    end,
    section,
    topic,
    sentence: paragraph.text.slice(sentence.start, sentence.end),
    sentence_start: paragraph.start + sentence.start,
    sentence_end: paragraph.start + sentence.end,
  };
  if (token.value_high !== undefined) fact.value_high = token.value_high;
  return fact;
}
