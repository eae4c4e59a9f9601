import type {Qualifier} from "../model/fact.ts";
import type {NumberKind, ReportNumber} from "../model/number.ts";
import {UNCOUNTED_KINDS, type UncountedNumbers} from "../model/uncounted.ts";
import {charGroups} from "./char-groups.ts";
import {matchFrom, nextFrom} from "./matches.ts";
import {sortByStart} from "./sort-by-start.ts";
import {parseMixedNumeral} from "./mixed-numeral.ts";
import {CHINESE_NUMERAL_CHARS, parseArabicNumber, parseChineseNumeral} from "./numerals.ts";
import {
  AFTER_FIRST,
  BEFORE_LAST,
  combineQualifiers,
  qualifierAfter,
  qualifierBefore,
  qualifierBetween,
} from "./qualifiers.ts";
import {FRACTIONAL_UNITS, TIME_UNITS, UNIT_PATTERN, endsWord} from "./units.ts";
import {unitRuns} from "./unit-runs.ts";
import {quantityAt} from "./quantity-at.ts";
import {ARABIC_NUMBER as ARABIC, arabicNumberEnd, isDigit} from "./arabic-number.ts";

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
/** A Chinese numeral with a decimal part: 九十八点五. */
const CN_VALUE = `${CN}+(?:点[零〇一二三四五六七八九]+)?`;
const SMALL_CN = "[一二三四五六七八九十两]";
const DIGIT = "[0-9０-９]";
const YEAR = "(?:19|20|１９|２０)[0-9０-９]{2}";
const UNIT = UNIT_PATTERN;

const FIRST_CN = new RegExp(CN);

const DIGITS = "0123456789０１２３４５６７８９";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANGE_MARKS = "至到~～－-—–";
const SIGNS = "-－−";
const MULTIPLIERS = "十百千万亿";
/** The characters the rules below need, so that a paragraph is read once to know which rules can match in it. */
const GROUPS = charGroups([
  DIGITS,
  LETTERS,
  CHINESE_NUMERAL_CHARS,
  DIGITS + CHINESE_NUMERAL_CHARS,
  "+",
  "“",
  "号",
  "·",
  "eE",
  ".．",
  "十",
  "是",
  "第",
  "年",
  "〇零",
  "月",
  "数几若成批",
  "上",
  RANGE_MARKS,
  SIGNS,
  MULTIPLIERS,
  "%％百",
]);
const need = GROUPS.need;

/** Fixed expressions that hold a number but count nothing. */
const NAMES = [
  "三项制度",
  "四张清单",
  "六个一",
  "三会一课",
  "两先区",
  "一件事",
  "一年来",
  "十佳",
  "三年行动",
  "一网通办",
  "一网统管",
  "一站式",
  "最多跑一次",
  "两个维护",
  "两个确立",
  "四个意识",
  "四个自信",
  "三重一大",
  "一把手",
  "千家万户",
  "八五普法",
  "七五普法",
  "一府一委两院",
  "一带一路",
  "十三五",
  "十四五",
  "十五五",
  "八五",
  "七五",
  "九五",
];

interface Rule {
  kind: NumberKind;
  pattern: RegExp;
  /** Groups of characters (as `need` gives them) a match holds one of each of: a paragraph without is skipped. */
  needs?: number;
  /** Strings one of which a match must contain: a paragraph without any is skipped without running the pattern. */
  hint?: readonly string[];
  /** A cheaper pattern a paragraph must match for the rule to run. */
  test?: RegExp;
  /** The numeral within the match whose value the token carries. */
  numeral?: (match: RegExpExecArray) => string | undefined;
  /**
   * Characters the pattern reads before the token (an opening quote, a comma): matched, not looked behind for,
   * since a pattern that starts with a lookbehind is tried at every character.
   */
  lead?: number;
}

// Order matters: an earlier rule claims its characters, so 二十届 is a meeting before 二十 can be a quantity.
const RULES: Rule[] = [
  {
    kind: "name",
    pattern: new RegExp(NAMES.join("|"), "g"),
    needs: need(CHINESE_NUMERAL_CHARS),
    numeral: (m) => FIRST_CN.exec(m[0])?.[0],
  },
  // A short quoted phrase with a number in it is a slogan or the name of a system: “9+1”, “六个一”.
  {
    kind: "name",
    pattern: /“([^”“]{0,3}?\d+(?:\+\d+)+[^”“]{0,3}?)(?=”)/g,
    needs: need("+", "“", DIGITS),
    lead: 1,
    numeral: (m) => /\d+/.exec(m[0])?.[0],
  },
  // Any other short quoted phrase with a number is a slogan or a name too: “三所联动”, “一张网”, “15分钟服务圈”.
  {
    kind: "name",
    pattern: new RegExp(`“([^”“]{0,4}?(?:[0-9]+|${CN}+)[^”“]{0,8})(?=”)`, "g"),
    needs: need("“"),
    lead: 1,
    numeral: (m) => /[0-9]+/.exec(m[0])?.[0] ?? FIRST_CN.exec(m[0])?.[0],
  },
  // Service hotlines are numbered 123xx (12345, 12315, 12348); a document number is 〔2024〕3号; “3·15” is a day.
  {kind: "name", pattern: /(?<![0-9])123[0-9]{2}(?![0-9])/g, needs: need(DIGITS), hint: ["123"]},
  {
    kind: "name",
    pattern: new RegExp(`[〔［\\[【(（]\\s*${YEAR}\\s*[〕］\\]】)）]\\s*${DIGIT}+\\s*号`, "g"),
    needs: need("号", DIGITS),
  },
  {kind: "name", pattern: /(?<![0-9])[0-9]{1,2}·[0-9]{1,2}(?![0-9])/g, needs: need("·", DIGITS)},
  // 1e30 is no count anyone writes; 2024.12.31 is a date; a number inside a code (G20, 5G, V2.1) counts nothing.
  {kind: "refused", pattern: /[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+/g, needs: need("eE", DIGITS)},
  {kind: "refused", pattern: new RegExp(`${DIGIT}+(?:[.．]${DIGIT}+){2,}`, "g"), needs: need(".．", DIGITS)},
  {
    kind: "name",
    pattern: /[A-Za-z]+[0-9]+[A-Za-z0-9.]*|[0-9]+[A-Za-z]+[A-Za-z0-9]*/g,
    needs: need(LETTERS, DIGITS),
    test: /[0-9][A-Za-z]|[A-Za-z][0-9]/,
  },
  {
    kind: "meeting",
    pattern: new RegExp(`(十|二十)${SMALL_CN}?(?:大|届(?:${SMALL_CN}中(?:、${SMALL_CN}中)*全会)?)`, "g"),
    needs: need("十"),
  },
  {kind: "outline", pattern: new RegExp(`^(?:(${CN}+)、|[(（](${CN}+)[)）]|(\\d+)[.．、](?!\\d))`, "g")},
  // 一是…，二是…: at the start of the paragraph, or after a mark that ends a clause.
  {kind: "outline", pattern: new RegExp(`^(${SMALL_CN}+)是`, "g"), needs: need("是")},
  {kind: "outline", pattern: new RegExp(`[。；;，,：:](${SMALL_CN}+)是`, "g"), needs: need("是"), lead: 1},
  {kind: "ordinal", pattern: new RegExp(`第(${CN}+|${DIGIT}+)(?:${UNIT})?`, "g"), needs: need("第")},
  // A plan period (2021－2025年) is two years, not a range of durations.
  {
    kind: "year",
    pattern: new RegExp(`(${YEAR})\\s*[-－—–~～至到]\\s*${YEAR}年度?`, "g"),
    needs: need("年", DIGITS, RANGE_MARKS),
    test: new RegExp(`[0-9０-９]{4}\\s*[-－—–~～至到]\\s*${YEAR}年`),
  },
  {kind: "year", pattern: new RegExp(`(${YEAR})年度?`, "g"), needs: need("年", DIGITS)},
  {kind: "year", pattern: /(二[〇零][一二三四五六七八九〇零]{2})年度?/g, needs: need("年", "〇零")},
  {kind: "date", pattern: new RegExp(`(${DIGIT}{1,2})月(?:${DIGIT}{1,2}日)?`, "g"), needs: need("月", DIGITS)},
  // 数百家, 几十次, 成千上万, 一批: a count written without a value.
  {
    kind: "vague",
    pattern: new RegExp(
      `(?:数|几|若干)[十百千万]+[余多]?(?:${UNIT})?|${CN}*[十百千万]几(?!年|个月|天|日|小时|周)(?:${UNIT})?|成[百千万]上[千万亿](?:${UNIT})?|(?<!第)一批(?!次)`,
      "g",
    ),
    needs: need("数几若成批"),
    test: /(?:数|几|若干)[十百千万]|[十百千万]几|成[百千万]上|一批/,
  },
];

const AT_LEAST = need("上");
const PERCENTS = need("%％百");
const NUMERALS = need(DIGITS + CHINESE_NUMERAL_CHARS);
const ARABIC_DIGITS = need(DIGITS);
const VAGUE_AT_LEAST = new RegExp(`上([百千万亿])([余多])?(${UNIT})`, "g");
const RANGE = new RegExp(
  `(${ARABIC}|${CN}+)[余多]?(${UNIT}|[%％])?\\s*(?:至|到|~|～|－|-|—|–)\\s*(${ARABIC}|${CN}+)\\s*(${UNIT}|[%％])`,
  "g",
);
const PERCENT_RANGE = new RegExp(
  `百分之(${CN_VALUE}|${ARABIC})\\s*(?:至|到|~|～|－|-|—|–)\\s*(?:百分之)?(${CN_VALUE}|${ARABIC})`,
  "g",
);
/**
 * Whether a range separator stands right after a number (10 至, 20余至30次: a space or a qualifier may stand between):
 * most paragraphs have none, and the range patterns are costly.
 */
const RANGES = need(RANGE_MARKS, DIGITS + CHINESE_NUMERAL_CHARS);
const RANGE_HINT = /[0-9０-９零〇一二两三四五六七八九十百千万亿%％][ 余多]?[至到~～－\-—–]/;
const SIGNED_NUMBERS = need(SIGNS, DIGITS);
const UNIT_AT_START = new RegExp(`^(?:${UNIT})`);
const SIGNED = new RegExp(`[-－−]\\s*(${ARABIC})\\s*(${UNIT}|[%％])`, "g");
const MIXED = new RegExp(
  `[0-9]+(?:\\.[0-9]+)?[十百千万亿](?:[0-9]+(?:\\.[0-9]+)?[十百千万亿]?)*[余多]?(?=${UNIT})`,
  "g",
);
const MIXED_NUMERALS = need(DIGITS, MULTIPLIERS);
const MIXED_HINT = /[0-9][十百千]|[0-9][万亿][0-9]/;
/** 七八个, 两三次, 二三十件: neighbouring digits name a rough count (not 78 or 23), a count without a value. */
const ROUGH = /^[零〇一二两三四五六七八九]{2,}|^[零〇一二两三四五六七八九]{2,}[十百千万]/;
/** 一 in 统一部署, 唯一, 进一步 is part of a word, not a count. */
const WORD_BEFORE_ONE = /[统唯同之进逐专单万划归]$/;

const PERCENT = new RegExp(`百分之(${CN_VALUE}|${ARABIC})|(${ARABIC})\\s*[%％]`, "g");
const PERCENT_HINT = /[%％]|百分之/;
/** The characters a quantity's number part is written with (the qualifier's among them), before its unit. */
const QUANTITY_RUNS = unitRuns(DIGITS + CHINESE_NUMERAL_CHARS + ",，.．点余多");
const SCALES: Readonly<Record<string, number>> = {万: 1e4, 亿: 1e8};
// 1140(子项2173)项: the unit of a number can come after a bracketed aside.
const BRACKETS = new Set(["(", "（", ")", "）"]);
const DEFERRED_UNIT = new RegExp(`^(?:[(（][^()（）]{0,20}[)）]|[)）])\\s*(${UNIT})`);
// 近 in 最近, 附近 is not a qualifier.
const NOT_APPROX = /[最附临就邻]近$/;

/**
 * Every number in one paragraph, with offsets into the report text (`base` is the paragraph's offset), its
 * mapping to a metric still empty. Given `uncounted`, the numbers that count nothing are added to its columns, in
 * text order, instead of being returned: most numbers of a report are such, and one object each was a large part
 * of what an extraction allocates.
 */
export function scanNumbers(text: string, base = 0, uncounted?: UncountedNumbers): ReportNumber[] {
  const scan = new Scan(text, base, uncounted);
  const firstUncounted = uncounted?.kind.length ?? 0;

  const has = GROUPS.of(text);
  for (const {kind, pattern, numeral, needs = 0, hint, test, lead = 0} of RULES) {
    if ((has & needs) !== needs || (hint && !includesAny(text, hint)) || (test && !test.test(text))) continue;
    for (let m = matchFrom(pattern, text, 0); m !== null; m = matchFrom(pattern, text, nextFrom(m))) {
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (start === end || !scan.free(start, end)) continue;
      const written = numeral ? numeral(m) : firstGroup(m);
      scan.add(kind, valueOf(written ?? "") ?? 0, "", "exact", start, end);
    }
  }

  if (has & AT_LEAST) {
    for (let m = matchFrom(VAGUE_AT_LEAST, text, 0); m !== null; m = matchFrom(VAGUE_AT_LEAST, text, nextFrom(m))) {
      const value = valueOf(`一${m[1]}`)!;
      scan.addQualified("quantity", value, m[3]!, m.index, m.index + m[0].length, "at_least");
    }
  }

  if ((has & RANGES) === RANGES && RANGE_HINT.test(text)) {
    const from = text.includes("百分之") ? 0 : text.length;
    for (let m = matchFrom(PERCENT_RANGE, text, from); m !== null; m = matchFrom(PERCENT_RANGE, text, nextFrom(m))) {
      const low = valueOf(m[1]!);
      const high = valueOf(m[2]!);
      const end = m.index + m[0].length;
      if (low !== undefined && high !== undefined && low < high && scan.free(m.index, end))
        scan.add("percent", low, "%", "range", m.index, end, high);
    }
    for (let m = matchFrom(RANGE, text, 0); m !== null; m = matchFrom(RANGE, text, nextFrom(m))) {
      const low = valueOf(m[1]!);
      const high = valueOf(m[3]!);
      const unit = /[%％]/.test(m[4]!) ? "%" : m[4]!;
      if (m[2] && m[2].replace("％", "%") !== unit) continue;
      const end = m.index + m[0].length;
      if (low === undefined || high === undefined || !(low < high) || !scan.free(m.index, end)) continue;
      scan.add(unit === "%" ? "percent" : "quantity", low, unit, "range", m.index, end, high);
    }
  }

  if ((has & SIGNED_NUMBERS) === SIGNED_NUMBERS && /[-－−]\s*[0-9０-９]/.test(text)) {
    for (let m = matchFrom(SIGNED, text, 0); m !== null; m = matchFrom(SIGNED, text, nextFrom(m))) {
      const value = valueOf(m[1]!);
      const end = m.index + m[0].length;
      // A sign right after a digit or a letter is a hyphen (2021-2025), handled above.
      if (value === undefined || /[0-9A-Za-z０-９]/.test(text[m.index - 1] ?? "") || !scan.free(m.index, end)) continue;
      scan.add("refused", -value, /[%％]/.test(m[2]!) ? "%" : m[2]!, "exact", m.index, end);
    }
  }

  if ((has & MIXED_NUMERALS) === MIXED_NUMERALS && MIXED_HINT.test(text)) {
    for (let m = matchFrom(MIXED, text, 0); m !== null; m = matchFrom(MIXED, text, nextFrom(m))) {
      const end = m.index + m[0].length;
      const unit = UNIT_AT_START.exec(text.slice(end))![0];
      const written = m[0].replace(/[余多]$/, "");
      const value = parseMixedNumeral(written);
      if (!scan.free(m.index, end + unit.length)) continue;
      if (value === undefined) scan.add("refused", 0, unit, "exact", m.index, end + unit.length);
      else
        scan.addQualified(
          "quantity",
          value,
          unit,
          m.index,
          end + unit.length,
          m[0] === written ? undefined : "more_than",
        );
    }
  }

  const percentFrom = has & PERCENTS && PERCENT_HINT.test(text) ? 0 : text.length;
  for (let m = matchFrom(PERCENT, text, percentFrom); m !== null; m = matchFrom(PERCENT, text, nextFrom(m))) {
    const value = valueOf(m[1] ?? m[2]!);
    if (value !== undefined) scan.addQualified("percent", value, "%", m.index, m.index + m[0].length);
  }

  const quantityFrom = has & NUMERALS ? 0 : text.length;
  // 30余万元, 十余万人次, 一点二亿元: 万 or 亿 after the qualifier, or after a decimal in words, scales the number.
  for (
    let m = QUANTITY_RUNS.match(quantityAt, text, quantityFrom);
    m !== null;
    m = QUANTITY_RUNS.match(quantityAt, text, m.end)
  ) {
    // A unit that holds its scale (万元, 万人: 3.5 万元 written apart) is the scale and the unit.
    const written = m.unit;
    const scaled = written.length > 1 && Object.hasOwn(SCALES, written[0]!) && !m.scale;
    const unit = scaled ? written.slice(1) : written;
    const scale = SCALES[m.scale ?? (scaled ? written[0]! : "")] ?? 1;
    const {index, end} = m;
    // Claimed already (第35段's 35段, 2024年): nothing below would add it, so nothing below need be worked out.
    if (!scan.free(index, end) || endsWord(written, text[end])) continue;
    const kind = TIME_UNITS.has(unit) ? "duration" : "quantity";
    if (ROUGH.test(m.number)) {
      if (kind === "quantity" && scan.free(index, end)) scan.add("vague", 0, "", "exact", index, end);
      continue;
    }
    const read = valueOf(m.number);
    if (read === undefined) continue;
    // Rounded as parseArabicNumber rounds 1.2万: 1.2 × 10000 is 11999.999999999998 in floating point.
    const value = scale === 1 ? read : Number((read * scale).toPrecision(15));
    if (m.number === "一" && !m.scale && WORD_BEFORE_ONE.test(text.slice(Math.max(0, index - 1), index))) continue;
    scan.addQualified(kind, value, unit, index, end, m.between ? qualifierBetween(m.between) : undefined);
  }

  for (let start = has & ARABIC_DIGITS ? 0 : text.length; start < text.length;) {
    if (!isDigit(text.charCodeAt(start))) {
      start++;
      continue;
    }
    const end = arabicNumberEnd(text, start);
    const value = scan.free(start, end) ? valueOf(text.slice(start, end)) : undefined;
    if (value !== undefined) {
      // The unit after an aside: most numbers have no bracket after them, and the rest of the text is not sliced for them.
      const deferred = BRACKETS.has(text[end] ?? "") ? DEFERRED_UNIT.exec(text.slice(end)) : null;
      if (deferred) scan.addQualified("quantity", value, deferred[1]!, start, end, undefined, false);
      else scan.add("number", value, "", "exact", start, end);
    }
    start = end;
  }

  if (uncounted) columnsByStart(uncounted, firstUncounted);
  return sortByStart(scan.tokens);
}

/**
 * One paragraph being scanned: the tokens found, and which characters they
 * claim, so that a later rule cannot read the same characters again. A class
 * rather than closures: this runs for every paragraph of every report.
 */
class Scan {
  readonly tokens: ReportNumber[] = [];
  private readonly taken: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly uncounted?: UncountedNumbers,
  ) {
    this.taken = takenFor(text.length);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i] !== 0) return false;
    return true;
  }

  add(
    kind: NumberKind,
    value: number,
    unit: string,
    qualifier: Qualifier,
    start: number,
    end: number,
    high?: number,
  ): void {
    // A loop, not fill(): a token is a few characters, and the call costs more than the writes.
    for (let i = start; i < end; i++) this.taken[i] = 1;
    const {text, base, uncounted} = this;
    // A count cannot be fractional (0.5次) or beyond what a double holds exactly; such a number is kept, never used.
    const impossible =
      (kind === "quantity" && !Number.isInteger(value) && !FRACTIONAL_UNITS.has(unit)) ||
      !Number.isSafeInteger(Math.trunc(value));
    if (uncounted && !impossible && UNCOUNTED_KINDS.has(kind)) {
      uncounted.kind.push(kind);
      uncounted.start.push(base + start);
      uncounted.end.push(base + end);
      return;
    }
    const raw = text.slice(start, end);
    // Every token has the same fields, value_high included, so that the engine keeps one shape for them all.
    this.tokens.push({
      kind: impossible ? "refused" : kind,
      value,
      value_high: high,
      unit,
      qualifier,
      raw,
      start: base + start,
      end: base + end,
      metric: null,
      category: null,
      section: "",
      label: "",
      change: false,
    });
  }

  /** Adds a quantity or percentage with the qualifiers written around it. */
  addQualified(
    kind: NumberKind,
    value: number,
    unit: string,
    start: number,
    end: number,
    between?: Qualifier,
    after = true,
  ): void {
    const {text} = this;
    if (!this.free(start, end)) return;
    // Slices only where a qualifier's last (or first) character stands: most numbers have none.
    const before = BEFORE_LAST.has(text[start - 1] ?? "")
      ? qualifierBefore(text.slice(Math.max(0, start - 3), start))
      : undefined;
    const trailing = after && AFTER_FIRST.has(text[end] ?? "") ? qualifierAfter(text.slice(end, end + 2)) : undefined;
    const useBefore =
      before &&
      !(before.qualifier === "approx" && NOT_APPROX.test(text.slice(Math.max(0, start - 2), start))) &&
      this.free(start - before.length, start);
    const from = useBefore ? start - before.length : start;
    const to = trailing && this.free(end, end + trailing.length) ? end + trailing.length : end;
    const qualifier = combineQualifiers(
      useBefore ? before.qualifier : undefined,
      between,
      to > end ? trailing?.qualifier : undefined,
    );
    this.add(kind, value, unit, qualifier, from, to);
  }
}

/**
 * Paragraphs of ordinary length share one buffer of claimed characters, cleared for each: making a new typed array
 * for every paragraph was a twentieth of the scan. Scans never overlap (each runs to its end synchronously).
 */
let shared = new Uint8Array(1 << 12);

function takenFor(length: number): Uint8Array {
  if (length > 1 << 16) return new Uint8Array(length);
  if (length > shared.length) shared = new Uint8Array(1 << 16);
  shared.fill(0, 0, length);
  return shared;
}

/** Puts the columns' rows from `first` on (one paragraph's) in text order, as `sortByStart` does for tokens. */
function columnsByStart({kind, start, end}: UncountedNumbers, first: number): void {
  if (start.length - first > 32) {
    // A long paragraph (a report on one line): sorted through an index, as insertion would take quadratic time.
    const order = Array.from({length: start.length - first}, (_, i) => first + i).sort((a, b) => start[a]! - start[b]!);
    const [k, s, e] = [order.map((i) => kind[i]!), order.map((i) => start[i]!), order.map((i) => end[i]!)];
    for (let i = 0; i < order.length; i++) [kind[first + i], start[first + i], end[first + i]] = [k[i]!, s[i]!, e[i]!];
    return;
  }
  for (let i = first + 1; i < start.length; i++) {
    const k = kind[i]!;
    const s = start[i]!;
    const e = end[i]!;
    let j = i - 1;
    for (; j >= first && start[j]! > s; j--) {
      kind[j + 1] = kind[j]!;
      start[j + 1] = start[j]!;
      end[j + 1] = end[j]!;
    }
    kind[j + 1] = k;
    start[j + 1] = s;
    end[j + 1] = e;
  }
}

/** The first group that took part in a match: a loop, since this runs for every rule's every match. */
function firstGroup(m: RegExpExecArray): string | undefined {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return m[i];
  return undefined;
}

/** A loop rather than `some` with a closure: this runs for every rule on every paragraph. */
function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

function valueOf(written: string): number | undefined {
  return CHINESE_NUMERAL_CHARS.includes(written[0] ?? "") ? parseChineseNumeral(written) : parseArabicNumber(written);
}
