import {formatFigure} from "./format.ts";
import type {UnmappedNumber} from "./report-queries.ts";

const KINDS: Record<UnmappedNumber["kind"], string> = {
  quantity: "数量",
  percent: "比例",
  vague: "约数（无确切数值）",
  refused: "不予采用",
};

/** The numbers no metric took, as the data page's table shows them; a vague number has no value to write. */
export function unmappedRows(numbers: readonly UnmappedNumber[]): Record<string, string>[] {
  return numbers.map((n) => ({
    所计对象: n.label,
    原文: n.raw,
    数值: n.kind === "vague" ? "" : formatFigure(n.value, n.unit, n.qualifier, n.value_high),
    类型: KINDS[n.kind] ?? n.kind,
    章节: n.section,
  }));
}
