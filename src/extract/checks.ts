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

/** The categories add up to the sub-item total, or to the item total when no sub-items are given. */
function categorySum({facts}: CheckInput): Check {
  const id = "power_list.category_sum";
  const categories = facts.filter((f) => f.metric === "power_list.category");
  if (categories.length === 0) return {id, status: "skip", message: "报告未列出权责清单分类"};
  const total = first(facts, "power_list.subitems") ?? first(facts, "power_list.items");
  const sum = categories.reduce((s, f) => s + f.value, 0);
  if (!total) return {id, status: "warn", message: `${categories.length}类合计${sum}项，报告未给出总数，无法核对`};
  const name = total.metric === "power_list.subitems" ? "子项总数" : "权力事项总数";
  const difference = sum - total.value;
  if (difference === 0)
    return {id, status: "pass", message: `${categories.length}类合计${sum}项，等于${name}${total.value}项`};
  const gap = difference > 0 ? `多${difference}项` : `少${-difference}项`;
  return {id, status: "fail", message: `${categories.length}类合计${sum}项，与${name}${total.value}项不符（${gap}）`};
}

/** No category is given twice with different counts. */
function categoryRepeats({facts}: CheckInput): Check {
  const id = "power_list.category_repeats";
  const seen = new Map<string, number>();
  const conflicts: string[] = [];
  for (const f of facts) {
    if (f.metric !== "power_list.category" || f.category === null) continue;
    const previous = seen.get(f.category);
    if (previous !== undefined && previous !== f.value) conflicts.push(`${f.category}（${previous}项与${f.value}项）`);
    seen.set(f.category, f.value);
  }
  if (conflicts.length === 0) return {id, status: seen.size ? "pass" : "skip", message: "各类别只有一个数"};
  return {id, status: "fail", message: `同一类别有不同的数：${conflicts.join("、")}`};
}

/** Every percentage lies within 0–100. */
function sharesInRange({numbers}: CheckInput): Check {
  const id = "shares.range";
  const shares = numbers.filter((n) => n.kind === "percent");
  if (shares.length === 0) return {id, status: "skip", message: "报告中没有百分比"};
  const outside = shares.filter((n) => n.value < 0 || n.value > 100);
  if (outside.length === 0) return {id, status: "pass", message: `${shares.length}个百分比均在0–100之间`};
  return {id, status: "fail", message: `百分比超出0–100：${outside.map((n) => n.raw).join("、")}`};
}

/** The text names a year, and the year the report is filed under. */
function yearFound({year, numbers}: CheckInput): Check {
  const id = "report.year";
  const years = numbers.filter((n) => n.kind === "year").map((n) => n.value);
  if (years.length === 0) return {id, status: "fail", message: "报告正文中找不到年份"};
  if (year === null) return {id, status: "pass", message: `报告年份：${years[0]}`};
  if (years.includes(year)) return {id, status: "pass", message: `正文提到${year}年`};
  return {id, status: "fail", message: `报告归档为${year}年，正文只提到${[...new Set(years)].join("、")}年`};
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
  const last = text.trimEnd().slice(-1);
  if ("。！？!?”」)）.".includes(last)) return {id, status: "pass", message: "正文以完整句子结束"};
  return {id, status: "warn", message: `正文结尾不是完整句子（以“${text.trimEnd().slice(-12)}”结束），可能被截断`};
}

/** The action plan's tasks nest: major ≤ minor ≤ measures. */
function taskHierarchy({facts}: CheckInput): Check {
  const id = "enforcement.tasks_nested";
  const [major, minor, measures] = ["major", "minor", "measures"].map(
    (k) => first(facts, `enforcement.tasks.${k}`)?.value,
  );
  if (major === undefined || minor === undefined || measures === undefined)
    return {id, status: "skip", message: "报告未给出完整的任务分解"};
  if (major <= minor && minor <= measures)
    return {id, status: "pass", message: `${major}大项 ≤ ${minor}小项 ≤ ${measures}项具体措施`};
  return {id, status: "fail", message: `任务层级不合：${major}大项、${minor}小项、${measures}项具体措施`};
}
