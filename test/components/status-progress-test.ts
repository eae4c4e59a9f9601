import {describe, expect, it} from "vitest";
import {statusProgress} from "../../src/components/status-progress.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

const item = (name: string, status: string | null, extra = {}) => ({
  body: "dl",
  year: 2023,
  kind: "plan",
  name,
  detail: null,
  start: 0,
  end: 4,
  status,
  ...extra,
});

describe("statusProgress", () => {
  it("counts items by status, an unknown status as planned, with evidence or why there is none", () => {
    const items = [
      item("推进数字法治", "done", {
        evidence: "已建成数字法治平台",
        evidence_year: 2024,
        evidence_start: 5,
        evidence_end: 12,
      }),
      item("完善权责清单", "in_progress"),
      item("加强培训", null, {evidence_note: "尚无2024年报告，无法核对落实情况。"}),
      item("其他", "constructor"),
    ];
    expectSnapshot("status-progress", statusProgress(items, {title: "工作打算"}));
  });

  it("says a shortcoming is to be remedied (待整改), not planned", () => {
    const node = statusProgress([
      item("执法能力不足", null, {kind: "shortcoming"}),
      item("审查不够", "done", {kind: "shortcoming"}),
    ]);
    expect([...node.querySelectorAll(".status-badge")].map((b) => b.textContent)).toEqual(["待整改", "已整改"]);
  });
});
