import type {Timeliness} from "./deadline.ts";
import type {ReviewRow} from "./review-rows.ts";

/** The columns a reader can sort the review by. */
export type ReviewSortKey =
  "body_zh" | "kind_zh" | "signed_on" | "timeliness" | "parts" | "stated" | "dropped" | "failed";

export interface ReviewSort {
  key: ReviewSortKey;
  descending: boolean;
}

export const TIMELINESS_LABELS: Record<Timeliness, string> = {on_time: "按时", late: "逾期", unknown: "未落款日期"};

/** The years there are reports for, newest first. */
export function reviewYears(rows: readonly ReviewRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

/** The kinds among a year's rows, as [kind, Chinese label], in the order of their labels' code units. */
export function reviewKinds(rows: readonly ReviewRow[]): [string, string][] {
  const kinds = new Map(rows.map((r) => [r.kind, r.kind_zh]));
  return [...kinds].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/** The rows of one year, of one kind ("" for every kind). */
export function filterReview(rows: readonly ReviewRow[], year: number, kind: string): ReviewRow[] {
  return rows.filter((r) => r.year === year && (kind === "" || r.kind === kind));
}

// Late first when sorting by timeliness descending is the office's question: who is late.
const TIMELINESS_ORDER: Record<Timeliness, number> = {on_time: 0, unknown: 1, late: 2};

function sortValue(row: ReviewRow, key: ReviewSortKey): string | number {
  switch (key) {
    case "parts":
      return row.parts_present;
    case "timeliness":
      return TIMELINESS_ORDER[row.timeliness];
    case "signed_on":
      return row.signed_on ?? "";
    case "dropped":
      return row.dropped ?? -1;
    default:
      return row[key];
  }
}

/** The rows sorted by a column; ties by body name, so the order never depends on the input's. */
export function sortReview(rows: readonly ReviewRow[], {key, descending}: ReviewSort): ReviewRow[] {
  const sign = descending ? -1 : 1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort(
    (a, b) => sign * compare(sortValue(a, key), sortValue(b, key)) || compare(a.body_zh, b.body_zh),
  );
}

/** The required parts as the table shows them: 4/4, or 3/4 with the missing one named. */
export function partsCell(row: ReviewRow): string {
  const count = `${row.parts_present}/${row.parts_required}`;
  return row.parts_missing ? `${count}（缺：${row.parts_missing}）` : count;
}

/** The rows as the CSV the office downloads: one line per report, every cell in words. */
export function reviewCsvRows(rows: readonly ReviewRow[]): Record<string, string | number>[] {
  return rows.map((r) => ({
    单位: r.body_zh,
    类型: r.kind_zh,
    所属政府: r.government_zh,
    年度: r.year,
    落款日期: r.signed_on ?? "",
    报送期限: r.due,
    是否按时: TIMELINESS_LABELS[r.timeliness],
    必备部分: partsCell(r),
    报告数字: r.stated,
    未再报告的数字: r.dropped ?? "",
    未通过核对: r.failed,
    核对问题: r.failed_checks,
    单位代码: r.body,
  }));
}
