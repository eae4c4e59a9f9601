import {describe, expect, it} from "vitest";
import type {ReviewRow} from "../../src/review/review-rows.ts";
import {
  filterReview,
  partsCell,
  reviewCsvRows,
  reviewKinds,
  reviewYears,
  sortReview,
} from "../../src/review/review-view.ts";

function row(body_zh: string, extra: Partial<ReviewRow> = {}): ReviewRow {
  return {
    body: body_zh,
    body_zh,
    kind: "county",
    kind_zh: "县",
    government_zh: "",
    year: 2024,
    synthetic: 1,
    signed_on: null,
    due: "2025-03-31",
    due_rule: "",
    timeliness: "unknown",
    parts_present: 4,
    parts_required: 4,
    parts_missing: "",
    stated: 0,
    previous_year: null,
    dropped: null,
    failed: 0,
    failed_checks: "",
    ...extra,
  };
}

describe("the review table's view", () => {
  const rows = [
    row("乙县", {stated: 5, timeliness: "late"}),
    row("甲局", {kind: "department", kind_zh: "政府部门", parts_present: 3, parts_missing: "不足原因"}),
    row("丙县", {year: 2023, stated: 9}),
  ];

  it("lists years newest first and the kinds of a year", () => {
    expect(reviewYears(rows)).toEqual([2024, 2023]);
    expect(reviewKinds(filterReview(rows, 2024, ""))).toEqual([
      ["county", "县"],
      ["department", "政府部门"],
    ]);
    expect(filterReview(rows, 2024, "department").map((r) => r.body_zh)).toEqual(["甲局"]);
  });

  it("sorts by parts, by lateness and by figures, ties by name", () => {
    const year = filterReview(rows, 2024, "");
    expect(sortReview(year, {key: "parts", descending: false}).map((r) => r.body_zh)).toEqual(["甲局", "乙县"]);
    expect(sortReview(year, {key: "timeliness", descending: true})[0]!.body_zh).toBe("乙县");
    expect(sortReview(year, {key: "stated", descending: true})[0]!.body_zh).toBe("乙县");
  });

  it("names the missing part in the cell and in the CSV", () => {
    expect(partsCell(rows[1]!)).toBe("3/4（缺：不足原因）");
    expect(partsCell(rows[0]!)).toBe("4/4");
    expect(reviewCsvRows([rows[0]!])[0]).toMatchObject({
      单位: "乙县",
      是否按时: "逾期",
      必备部分: "4/4",
      未再报告的数字: "",
    });
  });
});
