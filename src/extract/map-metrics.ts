import {canonicalCategory} from "../model/categories.ts";
import {METRICS, PHRASES, type MetricRule} from "../model/catalogue.ts";
import type {Fact} from "../model/fact.ts";
import {clauseAround, sentenceAround} from "./clauses.ts";
import type {NumberToken} from "./number-token.ts";
import type {Paragraph} from "./paragraphs.ts";
import type {SectionInfo} from "./sections.ts";
import {topicOf, type TopicId} from "../model/topics.ts";

/** A number of the report, with the metric it was mapped to (null when none fits). */
export interface ReportNumber extends NumberToken {
  metric: string | null;
  category: string | null;
  section: string;
}

/** Maps a paragraph's numbers to metrics, and reads the figures the paragraph states in words. */
export function mapMetrics(
  paragraph: Paragraph,
  tokens: readonly NumberToken[],
  {label: section, heading}: SectionInfo,
): {numbers: ReportNumber[]; facts: Fact[]} {
  const topic = topicOf(heading);
  const numbers: ReportNumber[] = [];
  const facts: Fact[] = [];
  for (const token of tokens) {
    const found = token.kind === "quantity" || token.kind === "percent" ? findMetric(paragraph, token) : undefined;
    const {kind, value, unit, qualifier, raw, start, end} = token;
    // Listed field by field: this runs for every number, and spreading an object costs several times more.
    numbers.push({
      kind,
      value,
      unit,
      qualifier,
      raw,
      start,
      end,
      metric: found?.rule.id ?? null,
      category: found?.category ?? null,
      section,
    });
    if (found)
      facts.push(fact(paragraph, found.rule.id, found.category, token, found.start, found.end, section, topic));
  }
  for (const {id, pattern, value} of PHRASES) {
    for (const m of paragraph.text.matchAll(pattern)) {
      const start = paragraph.start + m.index;
      const token = {value, unit: "%", qualifier: "exact", raw: m[0], start, end: start + m[0].length} as const;
      facts.push(fact(paragraph, id, null, token, token.start, token.end, section, topic));
    }
  }
  return {numbers, facts};
}

/**
 * How far from a number its label can stand, in characters. The catalogue's
 * rules look no further; the cap keeps a long list (行政许可155项、行政确认26项、…)
 * from being searched again for each of its numbers.
 */
const LABEL_REACH = 48;

/** The catalogue's rules by the unit they accept, in catalogue order: most numbers have a unit no rule takes. */
const RULES_BY_UNIT = new Map<string, MetricRule[]>();
for (const rule of METRICS) {
  for (const unit of rule.units ?? [rule.unit]) RULES_BY_UNIT.set(unit, [...(RULES_BY_UNIT.get(unit) ?? []), rule]);
}

function findMetric(paragraph: Paragraph, token: NumberToken) {
  if (!RULES_BY_UNIT.has(token.unit)) return undefined;
  const start = token.start - paragraph.start;
  const end = token.end - paragraph.start;
  const clause = clauseAround(paragraph.text, start, end);
  // Spaces between a label and its number (权责事项 880 项) are not part of either.
  const before = clause.before.trimEnd().slice(-LABEL_REACH);
  const after = clause.after.trimStart().slice(0, LABEL_REACH);
  const gapBefore = clause.before.length - clause.before.trimEnd().length;
  const gapAfter = clause.after.length - clause.after.trimStart().length;
  for (const rule of RULES_BY_UNIT.get(token.unit) ?? []) {
    if (rule.paragraph && !rule.paragraph.test(paragraph.text)) continue;
    const b = rule.before ? rule.before.exec(before) : undefined;
    const a = rule.after ? rule.after.exec(after) : undefined;
    if (b === null || a === null) continue;
    const category = categoryOf(rule, b);
    if (category === undefined) continue;
    return {
      rule,
      category,
      start: token.start - (b ? gapBefore + before.length - b.index : 0),
      end: token.end + (a ? gapAfter + a[0].length : 0),
    };
  }
  return undefined;
}

function categoryOf(rule: MetricRule, match: RegExpExecArray | undefined): string | null | undefined {
  if (!rule.categorised) return null;
  return match?.[1] ? canonicalCategory(match[1]) : undefined;
}

function fact(
  paragraph: Paragraph,
  metric: string,
  category: string | null,
  token: Pick<NumberToken, "value" | "unit" | "qualifier">,
  start: number,
  end: number,
  section: string,
  topic: TopicId,
): Fact {
  const raw = paragraph.text.slice(start - paragraph.start, end - paragraph.start);
  const sentence = sentenceAround(paragraph.text, start - paragraph.start, end - paragraph.start);
  return {
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
}
