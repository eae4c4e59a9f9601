import type {NumberToken} from "../model/number.ts";
import {CHANGE_BEFORE, COMPARED, EARLIER_PERIOD, FORMER_BEFORE, glueAtEnd} from "./glue.ts";

/** Marks that end a clause: a figure's label never crosses one. 、 does not, so a list stays one clause. */
const CLAUSE_END = new Set([..."，,。；;！？!?：:"].map((c) => c.charCodeAt(0)));
const COLONS = new Set([..."：:"].map((c) => c.charCodeAt(0)));
const COMMAS = new Set([..."，,"].map((c) => c.charCodeAt(0)));
/** A clause that is only a total's word and its number (…实现全覆盖，共386个): its label is the clause before. */
const TOTAL_ONLY = /^(?:共|共计|合计|总计|累计|总共|一共)(?:有|达|为|计)?$/;
/** Marks that end a sentence. */
const SENTENCE_END = new Set([..."。；;！？!?"].map((c) => c.charCodeAt(0)));

/** What stands around one figure in its paragraph, in paragraph-local offsets. */
export interface LabelContext {
  /** The text between the previous figure of the clause (or the clause's start) and this one. */
  before: string;
  beforeStart: number;
  /** The text between this figure and the next of the clause (or the clause's end). */
  after: string;
  afterStart: number;
  /** `after` runs up to the next figure of the clause, so that its last words may be that figure's label. */
  afterReachesNext: boolean;
  /** The clause's text before the figure, from the clause's start. */
  clause: string;
  /** Where the figure's sentence starts. */
  sentenceStart: number;
  /** The figure counts a change (比上年增加12件), a value a later figure replaces (由74项…) or the year before's (去年同期…). */
  change: boolean;
}

const isFigure = (t: NumberToken) => t.kind === "quantity" || t.kind === "percent";

/**
 * The label context of each figure of a paragraph (other tokens get none).
 * `tokens` are the paragraph's tokens in order, with offsets into the report;
 * `base` is the paragraph's offset.
 */
export function labelContexts(
  text: string,
  tokens: readonly NumberToken[],
  base: number,
): (LabelContext | undefined)[] {
  const contexts: (LabelContext | undefined)[] = [];
  let previous: LabelContext | undefined;
  // Clause and sentence starts, found in one pass over the paragraph as its figures come in order.
  let scanned = 0;
  let clauseStart = 0;
  let sentenceStart = 0;
  // 罚没款金额合计：256.8万元: a label ending in a colon names the number right after it.
  let colon = -1;
  let beforeColon = 0;
  let comma = -1;
  let beforeComma = 0;
  let clauseEnd = -1;
  let listEnd = -1;
  let listLimit = -1;
  // A label runs from the previous figure to the next: a year, a name or an ordinal inside it is part of its words
  // (学习《…》第四卷18次, 政务服务“一网通办”率98%).
  const figures: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isFigure(tokens[i]!)) figures.push(i);
  let nth = -1;
  for (const token of tokens) {
    if (!isFigure(token)) {
      contexts.push(undefined);
      continue;
    }
    const start = token.start - base;
    const end = token.end - base;
    for (; scanned < start; scanned++) {
      const code = text.charCodeAt(scanned);
      if (CLAUSE_END.has(code)) {
        if (COLONS.has(code)) [colon, beforeColon] = [scanned, clauseStart];
        if (COMMAS.has(code)) [comma, beforeComma] = [scanned, clauseStart];
        clauseStart = scanned + 1;
      }
      if (SENTENCE_END.has(code)) sentenceStart = scanned + 1;
    }
    if (clauseEnd < end) clauseEnd = forward(text, end, CLAUSE_END);
    nth++;
    const prior = nth > 0 ? tokens[figures[nth - 1]!]!.end - base : -1;
    const next = nth + 1 < figures.length ? tokens[figures[nth + 1]!]!.start - base : Infinity;
    let beforeStart = Math.max(clauseStart, prior);
    // In a list of figures the words after a number name what it counts up to the next item (7件行政复议、9件行政诉讼);
    // in 89件文件、合同进行合法性审查 the 、 joins nouns, and the words run on.
    // Looked for once per clause at most, so a report on one line of megabytes is read in linear time.
    if (listEnd < end || (listEnd === Infinity && listLimit < clauseEnd)) {
      listEnd = nextOf(text, "、", end, clauseEnd);
      listLimit = clauseEnd;
    }
    const itemEnd = listEnd < next && next < clauseEnd ? listEnd : Infinity;
    const afterEnd = Math.min(clauseEnd, next, itemEnd);
    let before = text.slice(beforeStart, start);
    if (colon >= 0 && clauseStart === colon + 1 && prior < clauseStart && glueAtEnd(before) === before.length) {
      beforeStart = Math.max(beforeColon, prior);
      before = text.slice(beforeStart, colon);
    } else if (comma >= 0 && clauseStart === comma + 1 && prior < beforeComma && TOTAL_ONLY.test(before)) {
      // 惠企资金直达企业账户，共计2.37亿元: the clause before names what the total counts, when it has no figure of its own.
      beforeStart = beforeComma;
      before = text.slice(beforeComma, comma);
    }
    const change =
      CHANGE_BEFORE.test(before) || COMPARED.test(before) || FORMER_BEFORE.test(before) || EARLIER_PERIOD.test(before);
    // 由74项精简为49项: the later number has only glue before it, and counts what the earlier one did.
    let from = beforeStart;
    if (previous?.change && prior >= clauseStart && glueAtEnd(before) === before.length) {
      before = previous.before.replace(FORMER_BEFORE, "");
      from = previous.beforeStart;
    }
    const context: LabelContext = {
      before,
      beforeStart: from,
      after: text.slice(end, afterEnd),
      afterStart: end,
      afterReachesNext: afterEnd === next,
      clause: text.slice(clauseStart, start),
      sentenceStart,
      change,
    };
    contexts.push(context);
    previous = context;
  }
  return spreadRespectively(contexts);
}

/**
 * 收到、受理、审结行政复议案件分别为52件、48件、45件: the labels listed before 分别
 * pair with the numbers after it, in order, when they are as many.
 */
function spreadRespectively(contexts: (LabelContext | undefined)[]): (LabelContext | undefined)[] {
  for (let i = 0; i < contexts.length; i++) {
    const first = contexts[i];
    const m = first && /分别(?:为|是|达到?|有)?$/.exec(first.before);
    if (!first || !m) continue;
    const run = [i];
    for (let j = i + 1; j < contexts.length && contexts[j] && /^[、和及与，,]?$/.test(contexts[j]!.before); j++)
      run.push(j);
    const listed = first.before.slice(0, m.index);
    const parts = listed.split(/[、和及与]/);
    if (parts.length !== run.length || parts.some((p) => p === "")) continue;
    let offset = first.beforeStart;
    run.forEach((index, k) => {
      const part = parts[k]!;
      contexts[index] = {...contexts[index]!, before: part, beforeStart: offset};
      offset += part.length + 1;
    });
  }
  return contexts;
}

/** The next occurrence of a mark before `limit`, or Infinity. */
function nextOf(text: string, mark: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (text[i] === mark) return i;
  return Infinity;
}

function forward(text: string, from: number, marks: ReadonlySet<number>): number {
  let i = from;
  while (i < text.length && !marks.has(text.charCodeAt(i))) i++;
  return i;
}
