import {PART_OF, PART_OF_SUBJECT, PHRASES} from "../model/catalogue.ts";
import type {Fact} from "../model/fact.ts";
import type {TopicId} from "../model/topics.ts";
import {DEFAULT_CATALOGUE, type CatalogueIndex, type CompiledMetric, type CompiledSubject} from "./catalogue-index.ts";
import {sentenceAround} from "./clauses.ts";
import {speaksOfHigherLevel} from "./scope.ts";
import {glueAtEnd, glueAtStart} from "./glue.ts";
import {labelContexts, type LabelContext} from "./label-context.ts";
import type {NumberToken, ReportNumber} from "../model/number.ts";
import type {Paragraph} from "./paragraphs.ts";
import type {SectionInfo} from "./sections.ts";
import {matchFrom, nextFrom} from "./matches.ts";

/** How far before a number its label may stand, in characters of the clause; nearer labels win. */
const REACH_BEFORE = 14;
/** How far after a number's unit the noun it counts may start (146名新任职干部参加…测试). */
const REACH_AFTER = 12;
/** Quotation marks, which a label's words may stand in: 政务服务“一网通办”率. */
const QUOTE_MARKS = ["“", "”", "‘", "’", '"'];
const QUOTES = /[“”‘’"]/;
/** Asides after a number that say nothing of what it counts: a year (参加2025年度…考试), a title (《…》). */
const ASIDE = /(?:19|20)\d{2}年度?|《[^》]{0,30}》/;
const ASIDES = new RegExp(ASIDE.source, "g");
/** Words after a figure that introduce its parts: 其中, 包括, （含…）. */
const PARTS_FOLLOW = /其中|包括|含/;
/** How far before a figure's sentence a subject named earlier still carries (收到…申请611件。其中纠错57件). */
const SUBJECT_CARRY = 60;

/** Maps a paragraph's numbers to metrics, filling in their mapping, and reads the figures the paragraph states in words. */
export function mapMetrics(
  paragraph: Paragraph,
  tokens: ReportNumber[],
  {label: section, topic}: SectionInfo,
  catalogue: CatalogueIndex = DEFAULT_CATALOGUE,
  level?: number,
): {numbers: ReportNumber[]; facts: Fact[]} {
  const facts: Fact[] = [];
  const contexts = labelContexts(paragraph.text, tokens, paragraph.start);
  const mentions = hasFigure(contexts) ? mentionsIn(catalogue, paragraph.text) : [];
  let sentences: Map<number, Sentence> | undefined;
  // Where the paragraph last gave each metric: 共受理诉求96210件。其中（包括, 含）咨询类诉求40115件 names a part, not the total.
  let last: Map<string, {end: number; loose: boolean; token: number; fact: Fact}> | undefined;
  let dropped: Set<Fact> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const context = contexts[i];
    let found = context
      ? findMetric(catalogue, paragraph.text, token, context, paragraph.start, mentions, level)
      : undefined;
    if (found && !found.metric.categorised) {
      last ??= new Map();
      const previous = last.get(found.metric.id);
      if (previous && PARTS_FOLLOW.test(paragraph.text.slice(previous.end, token.start - paragraph.start))) {
        // 公开政府信息4862条，其中主动公开4790条: a part named by the metric's whole phrase is the metric's figure, and the
        // total before it, read loosely, is a larger whole's.
        if (previous.loose && !found.loose) {
          (dropped ??= new Set()).add(previous.fact);
          unmap(tokens[previous.token]!, contexts[previous.token]!);
        } else found = undefined;
      }
    }
    if (found) found = narrowed(catalogue, paragraph, found, context!.sentenceStart, facts) ?? found;
    token.metric = found?.metric.id ?? null;
    token.category = found?.category ?? null;
    token.section = section;
    // A mapped figure's label is its metric's; only an unmapped one needs the words next to it.
    if (context && !found) token.label = labelOf(context);
    token.change = context?.change ?? false;
    if (found) {
      const sentence = sentenceOf(paragraph, context!.sentenceStart, (sentences ??= new Map()));
      const read = fact(
        paragraph,
        found.metric.id,
        found.category,
        token,
        found.start,
        found.end,
        section,
        topic,
        sentence,
      );
      facts.push(read);
      if (!found.metric.categorised) {
        last!.set(found.metric.id, {end: token.end - paragraph.start, loose: found.loose, token: i, fact: read});
      }
    }
  }
  for (const {id, pattern, word, value} of PHRASES) {
    if (!paragraph.text.includes(word)) continue;
    for (
      let m = matchFrom(pattern, paragraph.text, 0);
      m !== null;
      m = matchFrom(pattern, paragraph.text, nextFrom(m))
    ) {
      const start = paragraph.start + m.index;
      const token = {
        value,
        value_high: undefined,
        unit: "%",
        qualifier: "exact",
        raw: m[0],
        start,
        end: start + m[0].length,
      } as const;
      const {start: from, end: to} = sentenceAround(paragraph.text, m.index, m.index + m[0].length);
      const sentence = {start: from, end: to, text: paragraph.text.slice(from, to)};
      facts.push(fact(paragraph, id, null, token, token.start, token.end, section, topic, sentence));
    }
  }
  return {numbers: tokens, facts: dropped ? facts.filter((f) => !dropped!.has(f)) : facts};
}

/**
 * The narrower metric a figure counts (see `narrows`): its sentence names that metric's practice before the figure's
 * label, and no figure of that metric yet. 常务会议会前学法12次，组织集中学习30次 keeps 30 a session.
 */
function narrowed(
  catalogue: CatalogueIndex,
  paragraph: Paragraph,
  found: Found,
  sentenceStart: number,
  facts: readonly Fact[],
): Found | undefined {
  const narrower = catalogue.narrower.get(found.metric.id);
  if (!narrower) return undefined;
  const before = paragraph.text.slice(sentenceStart, found.start - paragraph.start);
  const sentence = paragraph.start + sentenceStart;
  for (const metric of narrower) {
    if (!metric.patterns.some((p) => p.firstAfter(before) !== undefined)) continue;
    if (facts.some((f) => f.metric === metric.id && f.sentence_start === sentence)) continue;
    return {...found, metric, loose: true};
  }
  return undefined;
}

/** Takes a figure's mapping back: it keeps the words next to it, as every unmapped figure does. */
function unmap(token: ReportNumber, context: LabelContext): void {
  token.metric = null;
  token.category = null;
  token.label = labelOf(context);
}

interface Found {
  metric: CompiledMetric;
  category: string | null;
  /** Read from a phrase with a gap (公开…政府信息) or from the subject alone: a looser reading than a whole phrase. */
  loose: boolean;
  /** Offsets into the report of the fragment the fact was read from: label and number. */
  start: number;
  end: number;
}

interface Candidate extends Found {
  distance: number;
  length: number;
}

/** A subject named in a paragraph, with offsets into the paragraph. */
interface Mention {
  subject: CompiledSubject;
  start: number;
  end: number;
}

/** Where a subject is named for a figure, and whether nothing but glue stands between it and the number. */
interface SubjectMention extends Mention {
  /** Named in the figure's own clause (not carried from an earlier one). */
  inClause: boolean;
  adjacent: boolean;
}

function hasFigure(contexts: readonly (LabelContext | undefined)[]): boolean {
  for (const context of contexts) if (context !== undefined) return true;
  return false;
}

/** Every mention of a subject in a paragraph, in order: found once, for all its figures. */
function mentionsIn(catalogue: CatalogueIndex, text: string): Mention[] {
  const mentions: Mention[] = [];
  for (
    let m = matchFrom(catalogue.keywords, text, 0);
    m !== null;
    m = matchFrom(catalogue.keywords, text, nextFrom(m))
  ) {
    mentions.push({subject: catalogue.subjectOf.get(m[0])!, start: m.index, end: m.index + m[0].length});
  }
  return mentions;
}

function findMetric(
  catalogue: CatalogueIndex,
  text: string,
  token: NumberToken,
  context: LabelContext,
  base: number,
  mentions: readonly Mention[],
  level: number | undefined,
): Found | undefined {
  const metrics = catalogue.byUnit.get(token.unit);
  if (!metrics || context.change) return undefined;
  const start = token.start - base;
  // 行政复议和行政应诉案件共计96件 counts two subjects' cases together: a figure of neither.
  if (namesTwoSubjects(mentions, context)) return undefined;
  const subject = activeSubject(mentions, start, context);
  // 全市共受理…申请3,215件。其中纠错215件: a figure whose subject is carried from an earlier sentence has its scope too;
  // a figure of no subject has its own sentence's (全市共收到行政复议申请2,140件。全年开展执法检查300次).
  let sentenceHigher = false;
  let subjectHigher = false;
  if (level !== undefined) {
    sentenceHigher = speaksOfHigherLevel(text, context.sentenceStart, start, level);
    const carried = subject && subject.start < context.sentenceStart;
    const from = carried ? sentenceAround(text, subject.start, subject.start).start : context.sentenceStart;
    subjectHigher = carried ? speaksOfHigherLevel(text, from, start, level) : sentenceHigher;
    if (sentenceHigher && subjectHigher) return undefined;
  }
  const rejected = subject ? rejects(subject.subject, text, context, start) : false;
  // 对12件规范性文件提出修改意见: the noun right after the unit is what the number counts.
  const nounAfter = subject !== undefined && subject.start === context.afterStart + glueAtStart(context.after);
  const part = hasAny(context.before, PART_OF);
  // The label without quotes (“一网通办”率), and for a subject's metrics without the subject's own words too
  // (审结行政复议案件 → 审结); the words after the number without years and titles (参加2025年度…考试). Each made once.
  const plain = QUOTES.test(context.before) ? reduce(context.before, QUOTE_MARKS) : undefined;
  let reduced: Reduced | undefined;
  const after = ASIDE.test(context.after) ? reduce(context.after, ASIDES) : undefined;
  let best: Candidate | undefined;
  const starts = catalogue.startsByUnit.get(token.unit)!;
  // Removing quotes and asides takes characters out, never adds one: the words' first characters are in the label.
  const named = starts.of(context.before) | starts.of(context.after);
  // Cheapest tests first: the subject, whether any of the metric's words is there at all; the words that rule a
  // metric out only for a label that would win.
  for (let i = 0; i < metrics.length; i++) {
    const metric = metrics[i]!;
    if (!starts.has(named, i)) continue;
    if (metric.subject !== undefined ? subjectHigher : sentenceHigher) continue;
    if (metric.subject !== undefined && (metric.subject !== subject?.subject.id || rejected)) continue;
    if (part && !metric.namesPart) continue;
    if (!metric.mayMatch(plain?.text ?? context.before) && !metric.mayMatch(after?.text ?? context.after)) continue;
    if (metric.subject) reduced ??= reduce(context.before, subject!.subject.transparent);
    const candidate = matchLabel(metric, token, context, base, metric.subject ? subject : undefined, {
      before: metric.subject ? reduced : plain,
      after,
      nounAfter: nounAfter && metric.subject === undefined,
    });
    if (!candidate || (best && !isBetter(candidate.distance, candidate.length, best))) continue;
    if (metric.not && (hasAny(context.before, metric.not) || hasAny(context.after, metric.not))) continue;
    best = candidate;
  }
  if (best) return best;
  // 行政复议案件52件: the subject itself, right before the number, names its main figure.
  const main = subject?.adjacent && subject.subject.main ? catalogue.byId.get(subject.subject.main) : undefined;
  if (main && !rejected && !subjectHigher && main.units.includes(token.unit)) {
    return {metric: main, category: null, loose: true, start: base + subject!.start, end: token.end};
  }
  return undefined;
}

/**
 * Whether the clause or sentence says the number counts a change of the subject or only a part of it (涉企…), or the
 * body speaks in another role.
 */
function rejects(subject: CompiledSubject, text: string, context: LabelContext, start: number): boolean {
  if (subject.not && hasAny(context.clause, subject.not)) return true;
  if (PART_OF_SUBJECT.test(context.before)) return true;
  if (subject.roles.length === 0) return false;
  const sentence = text.slice(context.sentenceStart, start);
  return subject.roles.some((role) => role.firstAfter(sentence) !== undefined);
}

/** The subject named nearest before the figure (in its sentence, or just before it), or in its clause after the unit. */
function activeSubject(mentions: readonly Mention[], start: number, context: LabelContext): SubjectMention | undefined {
  const from = context.sentenceStart - SUBJECT_CARRY;
  const clauseStart = start - context.clause.length;
  const afterEnd = context.afterStart + context.after.length;
  let before: Mention | undefined;
  let after: Mention | undefined;
  // In a 分别为 list the label is one of the listed parts: its own subject, not the part's after it.
  let inLabel: Mention | undefined;
  const labelEnd = context.beforeStart + context.before.length;
  // From the first mention in reach, found by bisection: a report on one line may name thousands of subjects.
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.start > afterEnd) break;
    if (mention.end <= start && mention.start >= from) {
      before = mention;
      if (mention.start >= context.beforeStart && mention.end <= labelEnd) inLabel = mention;
    } else if (mention.start >= context.afterStart && mention.end <= afterEnd) {
      after = mention;
      break;
    }
  }
  // 9件行政诉讼: the noun right after the unit names what the number counts, whatever was named before it.
  const lead = context.afterStart + glueAtStart(context.after);
  if (after && after.start === lead) return {...after, inClause: true, adjacent: true};
  if (inLabel && inLabel !== before && labelEnd < start) before = inLabel;
  const mention = before && before.start >= clauseStart ? before : (after ?? before);
  if (!mention) return undefined;
  // 486名执法人员参加法律知识测试: a subject named after the number, in its own clause, beats one carried from before.
  const {subject, start: at, end} = mention;
  const inClause = mention === after || at >= clauseStart;
  return {subject, start: at, end, inClause, adjacent: mention === before && adjacency(subject, context)};
}

/** Whether the figure's label names two subjects joined by 和、及、与 or 、 (行政复议和行政应诉案件). */
function namesTwoSubjects(mentions: readonly Mention[], context: LabelContext): boolean {
  const labelEnd = context.beforeStart + context.before.length;
  let previous: Mention | undefined;
  for (let i = firstAtOrAfter(mentions, context.beforeStart); i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.end > labelEnd) break;
    if (
      previous &&
      previous.subject !== mention.subject &&
      JOINED.test(context.before.slice(previous.end - context.beforeStart, mention.start - context.beforeStart))
    )
      return true;
    previous = mention;
  }
  return false;
}

const JOINED = /^(?:案件|申请)?(?:和|及|与|以及|、)$/;

function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether nothing but glue stands between the subject, named in the figure's label, and the number. */
function adjacency(subject: CompiledSubject, context: LabelContext): boolean {
  // Read in the figure's own label, which a 分别为 list sets apart from the text.
  const keyword = subject.keywords.find((k) => context.before.includes(k));
  if (!keyword) return false;
  const tail = context.before.slice(context.before.lastIndexOf(keyword) + keyword.length);
  return isGlue(reduce(tail, subject.transparent).text);
}

/** The best placed of a metric's phrases next to the figure: before it, after it, or around it. */
function matchLabel(
  metric: CompiledMetric,
  token: NumberToken,
  context: LabelContext,
  base: number,
  subject: SubjectMention | undefined,
  reduced: {before: Reduced | undefined; after: Reduced | undefined; nounAfter?: boolean},
): Candidate | undefined {
  const {before, after} = context;
  let best: Candidate | undefined;
  for (let p = 0; p < metric.patterns.length; p++) {
    const pattern = metric.patterns[p]!;
    const length = pattern.phrase.length;
    const category = metric.categories[p] ?? null;
    // The label as written, then (when it has quotes or a subject's words) without them.
    for (let pass = 0; pass < (reduced.before ? 2 : 1); pass++) {
      const text = pass === 0 ? before : reduced.before!.text;
      const m = pattern.lastBefore(text);
      // 受理前 is before acceptance: a phrase followed by 前 does not name the act.
      if (!m || text[m[1]] === "前") continue;
      const distance = distanceOf(text.slice(m[1]));
      // A subject carried from an earlier clause fits only a clause that names nothing but the act (受理580件).
      if (distance > REACH_BEFORE || (subject && !subject.inClause && distance > 0)) continue;
      if (best && !isBetter(distance, length, best)) continue;
      const at = pass === 0 ? m[0] : unreduce(reduced.before!, m[0]);
      const start = base + context.beforeStart + at;
      best = {metric, category, distance, length, loose: pattern.spans, start, end: token.end};
    }
    if (!subject || subject.inClause) {
      const words = reduced.after?.text ?? after;
      const lead = glueAtStart(words);
      const a = pattern.firstAfter(words, lead);
      // A subject's noun right after the unit is what the number counts: a phrase past it names the figure only as
      // the act done to it (对58件规范性文件进行合法性审查), not as a noun of its own (…提出修改意见).
      const act = a !== undefined && a[0] - lead > 0 && actOfObject(before, words, a[0]);
      const reach = act ? Infinity : reduced.nounAfter ? 0 : REACH_AFTER;
      // 权责清单共有事项4218项（含子项6907项）: a phrase with nothing but glue between it and the next figure is that
      // figure's label, not this one's.
      const nextLabel = a && context.afterReachesNext && isGlue(words.slice(a[1]));
      if (
        a &&
        !nextLabel &&
        a[0] - lead <= reach &&
        words[a[1]] !== "前" &&
        (!best || isBetter(a[0] - lead, length, best))
      ) {
        const end = reduced.after ? unreduce(reduced.after, a[1] - 1) + 1 : a[1];
        best = {
          metric,
          category,
          distance: a[0] - lead,
          length,
          loose: pattern.spans,
          start: token.start,
          end: base + context.afterStart + end,
        };
      }
    }
    if (pattern.spans && (!best || best.distance > 0)) {
      // 惠及辖区近500家企业: the phrase's words stand on both sides of the number.
      const joined = before + after;
      const s = pattern.firstAfter(joined, Math.max(0, before.length - REACH_BEFORE));
      if (s && s[0] < before.length && s[1] > before.length) {
        const start = base + context.beforeStart + s[0];
        const end = base + context.afterStart + (s[1] - before.length);
        best = {metric, category, distance: 0, length, loose: true, start, end};
      }
    }
  }
  return best;
}

/**
 * 对58件规范性文件、重大行政决策和合同进行合法性审查: the number counts what the act is done to, and the act, after
 * 进行 or 开展 (进行集中评查, 开展执法资格考试), names the figure however long the list of objects between them.
 */
function actOfObject(before: string, words: string, at: number): boolean {
  const label = before.slice(0, before.length - glueAtEnd(before));
  return label.endsWith("对") && ACT_VERB.test(words.slice(Math.max(0, at - ACT_REACH - 2), at));
}

const ACT_VERB = /(?:进行|开展|实施|组织)[^、和及与]*$/;
/** How many characters may stand between the verb and the act (集中, 执法资格). */
const ACT_REACH = 6;

/** Nearer wins; at the same distance, the longer phrase. */
function isBetter(distance: number, length: number, than: Candidate): boolean {
  return distance < than.distance || (distance === than.distance && length > than.length);
}

/**
 * How many characters that are not glue stand between a phrase and the number. Other rates listed with one
 * number (办结率、满意率均为100%) stand apart from the phrase but say the same of it: they count as glue.
 */
function distanceOf(tail: string): number {
  const words = tail.slice(0, tail.length - glueAtEnd(tail));
  return SHARED_RATES.test(words) ? 0 : words.length;
}

const SHARED_RATES = /^(?:[、和及与][^、，。；,;]{1,8}?率)+$/;

/**
 * Whether any of the words occurs. 调整后 (after the change) and 调整为 (changed to) name the result, not the change,
 * and do not count; 下放至 still does (what was handed down is not what is kept).
 */
function hasAny(text: string, words: readonly string[]): boolean {
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      const next = text[i + w.length];
      if (next !== "后" && next !== "为") return true;
    }
  }
  return false;
}

function isGlue(text: string): boolean {
  return glueAtEnd(text) === text.length;
}

/** A label with some words taken out, and the stretches taken out, as [offset in the label, length]. */
interface Reduced {
  text: string;
  removed: readonly (readonly [number, number])[];
}

/** The text with the given words (longest first), or the matches of a global pattern, taken out. */
function reduce(text: string, words: readonly string[] | RegExp): Reduced {
  const removed: [number, number][] = [];
  if (words instanceof RegExp) {
    for (let m = matchFrom(words, text, 0); m !== null; m = matchFrom(words, text, nextFrom(m)))
      removed.push([m.index, m[0].length]);
  } else {
    // Each word found with indexOf, longest first, where no longer word was: far cheaper than trying every word at every character.
    for (const word of words) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
        if (!overlaps(removed, i, i + word.length)) removed.push([i, word.length]);
      }
    }
    removed.sort((a, b) => a[0] - b[0]);
  }
  if (removed.length === 0) return {text, removed};
  let out = "";
  let from = 0;
  for (const [at, length] of removed) {
    out += text.slice(from, at);
    from = at + length;
  }
  return {text: out + text.slice(from), removed};
}

function overlaps(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [at, length] of ranges) if (start < at + length && at < end) return true;
  return false;
}

/** Where a character of the reduced text stood in the label. */
function unreduce({removed}: Reduced, offset: number): number {
  let shift = 0;
  for (const [at, length] of removed) {
    if (at > offset + shift) break;
    shift += length;
  }
  return offset + shift;
}

/** A sentence of a paragraph: its bounds (paragraph offsets, its closing mark included) and its text. */
interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** The sentence starting at `start`, found once and quoted once for all the facts it states. */
function sentenceOf(paragraph: Paragraph, start: number, found: Map<number, Sentence>): Sentence {
  let sentence = found.get(start);
  if (sentence === undefined) {
    const {end} = sentenceAround(paragraph.text, start, start);
    sentence = {start, end, text: paragraph.text.slice(start, end)};
    found.set(start, sentence);
  }
  return sentence;
}

/** What an unmapped figure counts, in the report's words: the label before it, or the noun after it. */
function labelOf({before, after}: LabelContext): string {
  const end = before.length - glueAtEnd(before);
  let start = 0;
  while (start < end && LABEL_LEAD.has(before[start]!)) start++;
  if (end - start >= 2) return before.slice(Math.max(start, end - 12), end);
  return after.slice(glueAtStart(after)).slice(0, 10);
}

/** Marks and joining words a label's words never start with (、其中…, 及…). */
const LABEL_LEAD = new Set("、，,（(其中及和与");

function fact(
  paragraph: Paragraph,
  metric: string,
  category: string | null,
  token: Pick<NumberToken, "value" | "unit" | "qualifier" | "value_high">,
  start: number,
  end: number,
  section: string,
  topic: TopicId,
  sentence: Sentence,
): Fact {
  const raw = paragraph.text.slice(start - paragraph.start, end - paragraph.start);
  return {
    metric,
    category,
    value: token.value,
    value_high: token.value_high,
    unit: token.unit,
    qualifier: token.qualifier,
    raw,
    start,
    end,
    section,
    topic,
    sentence: sentence.text,
    sentence_start: paragraph.start + sentence.start,
    sentence_end: paragraph.start + sentence.end,
    chosen: true,
  };
}
