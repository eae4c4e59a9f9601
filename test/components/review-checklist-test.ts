import {describe, expect, it} from "vitest";
import {reviewChecklist} from "../../src/components/review-checklist.ts";
import {fixtureReview} from "../dom/review-fixture.ts";
import {useDom} from "../dom/snapshot.ts";

describe("reviewChecklist", () => {
  useDom();
  const {rows, evidence} = fixtureReview();

  it("opens the report the address names, loading the evidence only then", async () => {
    // jsdom lays nothing out, so it has no scrolling; the browser test sees the real one.
    window.HTMLElement.prototype.scrollIntoView = () => {};
    let loads = 0;
    const load = async () => (loads++, evidence);
    const closed = reviewChecklist(rows, {search: "?year=2024", evidence: load});
    expect(closed.querySelector(".review-detail")).toBeNull();
    expect(loads).toBe(0);
    const opened = reviewChecklist(rows, {search: "?year=2024&body=sample-justice", evidence: load});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(1);
    expect(opened.querySelector(".review-detail")?.textContent).toContain("司法局");
  });

  it("draws a year other than the newest once every year's rows are loaded", async () => {
    const newest = rows.filter((r) => r.year === 2024);
    const checklist = reviewChecklist(newest, {
      search: "?year=2023",
      evidence: async () => evidence,
      all: async () => rows,
    });
    expect(checklist.querySelector("table")).toBeNull();
    expect(checklist.textContent).toContain("正在读取2023年的报告");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(checklist.querySelectorAll("tbody tr")).toHaveLength(rows.filter((r) => r.year === 2023).length);
    expect(checklist.lastElementChild?.className).toBe("review-detail-slot");
  });
});
