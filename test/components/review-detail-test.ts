import {describe, expect, it} from "vitest";
import {reviewDetail} from "../../src/components/review-detail.ts";
import {fixtureReview} from "../dom/review-fixture.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

describe("reviewDetail", () => {
  useDom();
  const {rows, evidence} = fixtureReview();
  const justice = rows.find((r) => r.body === "sample-justice" && r.year === 2024)!;

  it("gives the evidence of every cell of a report, each linked to its place in the text", () => {
    const detail = reviewDetail(justice, evidence);
    expectSnapshot("review-detail", detail);
    const links = [...detail.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
    expect(links.some((href) => /body=sample-justice&year=2024&start=\d+&end=\d+/.test(href))).toBe(true);
  });
});
