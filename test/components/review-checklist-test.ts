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
});
