import type {Check, CheckLocation} from "../model/check.ts";
import {METRIC_LABELS} from "../model/catalogue.ts";
import type {Fact} from "../model/fact.ts";
import type {Conflict} from "./choose-facts.ts";
import type {ReportNumber} from "../model/number.ts";
import type {Signature} from "./signature.ts";
import type {StatedYear} from "./stated-year.ts";

export interface CheckInput {
  year: number | null;
  text: string;
  facts: readonly Fact[];
  numbers: readonly ReportNumber[];
  duplicatesRemoved: number;
  signature?: Signature;
  /** The year the report's title or first sentence states. */
  stated?: StatedYear;
  conflicts?: readonly Conflict[];
  /** Invisible characters taken out before reading, and whether the text was read from traditional characters. */
  invisible?: number;
  traditional?: boolean;
}

/** Runs every check on an extraction. */
export function runChecks(input: CheckInput): Check[] {
  return CHECKS.map((check) => {
    try {
      return check(input);
    } catch (error) {
      return {id: check.name, status: "fail", message: `检查出错：${String(error)}`};
    }
  });
}

const CHECKS: ((input: CheckInput) => Check)[] = [
  categorySum,
  categoryRepeats,
  sharesInRange,
  yearFound,
  repeatedParagraphs,
  endsWholeSentence,
  taskHierarchy,
  conflictingFigures,
  unreadNumbers,
  textAsRead,
];

/** The report's figure for a metric: the chosen one, never one of two that contradict each other. */
const first = (facts: readonly Fact[], metric: string) => facts.find((f) => f.metric === metric && f.chosen !== false);

/** The span from the first to the last of the given figures. */
function spanOf(text: string, figures: readonly {start: number; end: number}[]): CheckLocation | undefined {
  if (figures.length === 0) return undefined;
  // A loop, not Math.min(...): spreading a huge report's figures as arguments overflows the call stack.
  let start = Infinity;
  let end = -Infinity;
  for (const f of figures) {
    if (f.start < start) start = f.start;
    if (f.end > end) end = f.end;
  }
  return {start, end, raw: text.slice(start, end)};
}

/** The categories add up to the sub-item total, or to the item total when no sub-items are given. */
function categorySum({text, facts}: CheckInput): Check {
  const id = "power_list.category_sum";
  const categories = facts.filter((f) => f.metric === "power_list.category");
  if (categories.length === 0) return {id, status: "skip", message: "报告未列出权责清单分类"};
  const total = first(facts, "power_list.subitems") ?? first(facts, "power_list.items");
  const sum = categories.reduce((s, f) => s + f.value, 0);
  // From the total (items, then sub-items) to the last category: the passage that gives the figures compared.
  const totals = [first(facts, "power_list.items"), first(facts, "power_list.subitems")].filter((f) => f !== undefined);
  const location = spanOf(text, [...totals, ...categories]);
  if (!total)
    return {id, status: "warn", message: `${categories.length}类合计${sum}项，报告未给出总数，无法核对`, location};
  const name = total.metric === "power_list.subitems" ? "子项总数" : "权力事项总数";
  const difference = sum - total.value;
  if (difference === 0)
    return {id, status: "pass", message: `${categories.length}类合计${sum}项，等于${name}${total.value}项`, location};
  const gap = difference > 0 ? `多${difference}项` : `少${-difference}项`;
  const message = `${categories.length}类合计${sum}项，与${name}${total.value}项不符（${gap}）`;
  return {id, status: "fail", message, location};
}

/** No category is given twice with different counts. */
function categoryRepeats({text, facts}: CheckInput): Check {
  const id = "power_list.category_repeats";
  const seen = new Map<string, number>();
  // The first five conflicts are named, the rest counted: a text pasted many times may hold thousands.
  const named: string[] = [];
  let count = 0;
  // The second figure of the first conflict: the two may be far apart, and the message names both.
  let conflicting: Fact | undefined;
  for (const f of facts) {
    if (f.metric !== "power_list.category" || f.category === null) continue;
    const previous = seen.get(f.category);
    if (previous !== undefined && previous !== f.value) {
      if (count++ < 5) named.push(`${f.category}（${previous}项与${f.value}项）`);
      conflicting ??= f;
    }
    seen.set(f.category, f.value);
  }
  if (count === 0) return {id, status: seen.size ? "pass" : "skip", message: "各类别只有一个数"};
  const more = count > 5 ? `等${count}处` : "";
  const message = `同一类别有不同的数：${named.join("、")}${more}`;
  return {id, status: "fail", message, location: spanOf(text, conflicting ? [conflicting] : [])};
}

/** Every percentage lies within 0–100. */
function sharesInRange({text, numbers}: CheckInput): Check {
  const id = "shares.range";
  // A change (同比增长128%) may exceed 100; a share may not.
  const shares = numbers.filter((n) => n.kind === "percent" && !n.change);
  if (shares.length === 0) return {id, status: "skip", message: "报告中没有百分比"};
  const outside = shares.filter((n) => n.value < 0 || n.value > 100);
  if (outside.length === 0) return {id, status: "pass", message: `${shares.length}个百分比均在0–100之间`};
  const message = `百分比超出0–100：${outside.map((n) => n.raw).join("、")}`;
  return {id, status: "fail", message, location: spanOf(text, outside.slice(0, 1))};
}

/**
 * The report is about the year it is filed under: the year its title or first sentence states, else a year its
 * signature allows (a report on 2024 is signed in 2024 or 2025), else any year the text names. A report saved under
 * the wrong year would put every figure in the wrong year of every trend, so this fails.
 */
function yearFound({year, text, numbers, stated, signature}: CheckInput): Check {
  const id = "report.year";
  const mentions = numbers.filter((n) => n.kind === "year");
  const years = mentions.map((n) => n.value);
  if (years.length === 0) return {id, status: "fail", message: "报告正文中找不到年份"};
  if (year === null) return {id, status: "pass", message: `报告年份：${stated?.years[0] ?? years[0]}`};
  if (stated) {
    const where = stated.via === "title" ? "标题" : "开头";
    if (stated.years[0] === year) return {id, status: "pass", message: `${where}写明${year}年`};
    if (stated.years.includes(year)) return {id, status: "pass", message: `${where}写的是“${stated.raw}”，含${year}年`};
    const location = {start: stated.start, end: stated.end, raw: stated.raw};
    return {
      id,
      status: "fail",
      message: `报告归档为${year}年，${where}写的是“${stated.raw}”：请核对文件所在的年份`,
      location,
    };
  }
  const signed = signature ? Number(signature.signed_on.slice(0, 4)) : null;
  if (signed !== null && signed !== year && signed !== year + 1) {
    const message = `报告归档为${year}年，落款日期却是${signature!.signed_on}（${year}年的报告应落款于${year}或${year + 1}年）：请核对文件所在的年份`;
    return {id, status: "fail", message};
  }
  if (years.includes(year)) return {id, status: "pass", message: `正文提到${year}年`};
  const message = `报告归档为${year}年，正文只提到${[...new Set(years)].join("、")}年`;
  return {id, status: "fail", message, location: spanOf(text, mentions.slice(0, 1))};
}

/** Paragraphs pasted more than once were removed, and their figures counted once. */
function repeatedParagraphs({duplicatesRemoved}: CheckInput): Check {
  const id = "report.duplicates";
  if (duplicatesRemoved === 0) return {id, status: "pass", message: "没有重复段落"};
  return {id, status: "warn", message: `删除重复段落${duplicatesRemoved}段，其中的数字只计一次`};
}

/** The text ends at the end of a sentence: a report cut off mid-sentence may have lost figures. */
function endsWholeSentence({text, signature}: CheckInput): Check {
  const id = "report.complete";
  // The issuing body and date on the last lines are the report's signature, not a sentence cut off.
  const body = text.slice(0, signature?.start ?? text.length).trimEnd();
  const last = body.slice(-1);
  const signed = signature ? `，落款日期${signature.signed_on}` : "";
  if ("。！？!?”」)）.".includes(last)) return {id, status: "pass", message: `正文以完整句子结束${signed}`};
  const end = body.length;
  const start = Math.max(0, end - 12);
  // Keep a surrogate pair whole: a fragment that starts with half a character would print as garbage.
  const from = start > 0 && /[\udc00-\udfff]/.test(text[start]!) ? start - 1 : start;
  return {
    id,
    status: "warn",
    message: `正文结尾不是完整句子（以“${text.slice(from, end)}”结束），可能被截断`,
    location: {start: from, end, raw: text.slice(from, end)},
  };
}

/** The action plan's tasks nest: major ≤ minor ≤ measures. */
function taskHierarchy({text, facts}: CheckInput): Check {
  const id = "enforcement.tasks_nested";
  const tasks = ["major", "minor", "measures"].map((k) => first(facts, `enforcement.tasks.${k}`));
  const [major, minor, measures] = tasks.map((f) => f?.value);
  if (major === undefined || minor === undefined || measures === undefined)
    return {id, status: "skip", message: "报告未给出完整的任务分解"};
  const location = spanOf(text, tasks as Fact[]);
  if (major <= minor && minor <= measures)
    return {id, status: "pass", message: `${major}大项 ≤ ${minor}小项 ≤ ${measures}项具体措施`, location};
  return {id, status: "fail", message: `任务层级不合：${major}大项、${minor}小项、${measures}项具体措施`, location};
}

/** Several different figures for one metric: none is shown as the report's figure, and both sentences are named. */
function conflictingFigures({text, conflicts = []}: CheckInput): Check {
  const id = "facts.conflicts";
  if (conflicts.length === 0) return {id, status: "pass", message: "每个指标只有一个数"};
  const named = conflicts.slice(0, 5).map(({metric, category, facts}) => {
    const label = category ?? METRIC_LABELS.get(metric) ?? metric;
    // A text pasted many times over can give a metric hundreds of figures: the first three name the conflict.
    const more = facts.length > 3 ? `等${facts.length}个数` : "";
    return `${label}：${facts
      .slice(0, 3)
      .map((f) => `“${quote(f.sentence)}”中的${f.raw}`)
      .join("与")}${more}`;
  });
  const more = conflicts.length > 5 ? `等${conflicts.length}处` : "";
  const message = `同一指标有不同的数，未采用任何一个：${named.join("；")}${more}`;
  return {id, status: "warn", message, location: spanOf(text, conflicts[0]!.facts)};
}

/** Numbers read but not used: counts without a value (数百家), and numbers no count can be (-5次, 0.5件, 1e30). */
function unreadNumbers({text, numbers, signature}: CheckInput): Check {
  const id = "numbers.unread";
  // The signature's date (2025.3.1) is read as the report's date, not left unread.
  const end = signature?.start ?? Infinity;
  const unread = numbers.filter((n) => (n.kind === "vague" || n.kind === "refused") && n.start < end);
  if (unread.length === 0) return {id, status: "pass", message: "没有无法采用的数字"};
  const named = unread.slice(0, 8).map((n) => `${quote(n.raw)}（${reason(n)}）`);
  const more = unread.length > 8 ? `等${unread.length}处` : "";
  return {
    id,
    status: "warn",
    message: `未采用的数字：${named.join("、")}${more}`,
    location: spanOf(text, unread.slice(0, 1)),
  };
}

function reason(n: ReportNumber): string {
  if (n.kind === "vague") return "约数，没有确切数值";
  if (n.value < 0) return "计数不能为负";
  if (/[eE]/.test(n.raw)) return "科学计数法，不是报告的写法";
  if (/\d[.．]\d+[.．]\d/.test(n.raw)) return "像日期或版本号";
  if (!Number.isSafeInteger(Math.trunc(n.value))) return "数值过大";
  if (!Number.isInteger(n.value)) return "计数不能为小数";
  return "写法无法确定数值";
}

/** The text was read after taking out invisible characters, or from traditional characters: the figures are read, and the reader is told. */
function textAsRead({invisible = 0, traditional = false}: CheckInput): Check {
  const id = "text.normalised";
  const notes = [
    ...(invisible ? [`去除了${invisible}个不可见字符（零宽空格、不换行空格、控制字符等）后读取数字`] : []),
    ...(traditional ? ["报告为繁体字，按简体读取（原文照录）"] : []),
  ];
  if (notes.length === 0) return {id, status: "pass", message: "正文没有不可见字符，为简体字"};
  return {id, status: "warn", message: notes.join("；")};
}

/** A fragment short enough for a one-line message. */
function quote(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
