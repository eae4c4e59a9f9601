import type {Fact} from "../model/fact.ts";
import type {ReportNumber} from "./map-metrics.ts";

/**
 * The outcome of one check of a report. `fail` marks an error: the figures
 * disagree with each other. `warn` marks something noticed and handled, or
 * worth a look, that does not make a figure wrong. A check never throws.
 */
export interface Check {
  id: string;
  status: "pass" | "warn" | "fail" | "skip";
  message: string;
  /** The span of the text a check is about, when it concerns particular figures: where a reader must look. */
  location?: CheckLocation;
}

/** A span of the decoded text: `text.slice(start, end) === raw`, as for facts. */
export interface CheckLocation {
  start: number;
  end: number;
  raw: string;
}

export interface CheckInput {
  year: number | null;
  text: string;
  facts: readonly Fact[];
  numbers: readonly ReportNumber[];
  duplicatesRemoved: number;
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
];

const first = (facts: readonly Fact[], metric: string) => facts.find((f) => f.metric === metric);

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
  const conflicts: string[] = [];
  // The second figure of the first conflict: the two may be far apart, and the message names both.
  let conflicting: Fact | undefined;
  for (const f of facts) {
    if (f.metric !== "power_list.category" || f.category === null) continue;
    const previous = seen.get(f.category);
    if (previous !== undefined && previous !== f.value) {
      conflicts.push(`${f.category}（${previous}项与${f.value}项）`);
      conflicting ??= f;
    }
    seen.set(f.category, f.value);
  }
  if (conflicts.length === 0) return {id, status: seen.size ? "pass" : "skip", message: "各类别只有一个数"};
  const message = `同一类别有不同的数：${conflicts.join("、")}`;
  return {id, status: "fail", message, location: spanOf(text, conflicting ? [conflicting] : [])};
}

/** Every percentage lies within 0–100. */
function sharesInRange({text, numbers}: CheckInput): Check {
  const id = "shares.range";
  const shares = numbers.filter((n) => n.kind === "percent");
  if (shares.length === 0) return {id, status: "skip", message: "报告中没有百分比"};
  const outside = shares.filter((n) => n.value < 0 || n.value > 100);
  if (outside.length === 0) return {id, status: "pass", message: `${shares.length}个百分比均在0–100之间`};
  const message = `百分比超出0–100：${outside.map((n) => n.raw).join("、")}`;
  return {id, status: "fail", message, location: spanOf(text, outside.slice(0, 1))};
}

/** The text names a year, and the year the report is filed under. */
function yearFound({year, text, numbers}: CheckInput): Check {
  const id = "report.year";
  const mentions = numbers.filter((n) => n.kind === "year");
  const years = mentions.map((n) => n.value);
  if (years.length === 0) return {id, status: "fail", message: "报告正文中找不到年份"};
  if (year === null) return {id, status: "pass", message: `报告年份：${years[0]}`};
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
function endsWholeSentence({text}: CheckInput): Check {
  const id = "report.complete";
  const body = text.trimEnd();
  const last = body.slice(-1);
  if ("。！？!?”」)）.".includes(last)) return {id, status: "pass", message: "正文以完整句子结束"};
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
