import {describe, expect, it} from "vitest";
import {reviewTable} from "../../src/components/review-table.ts";
import type {ReviewRow} from "../../src/review/review-rows.ts";
import {fixtureReview} from "../dom/review-fixture.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

describe("reviewTable", () => {
  useDom();
  const {rows} = fixtureReview();

  it("draws one row per report of the year, the incomplete first", () => {
    expectSnapshot("review-table", reviewTable(rows, {year: 2024, onOpen: () => {}}));
  });

  it("opens a report when its name is clicked", () => {
    const opened: ReviewRow[] = [];
    const table = reviewTable(rows, {year: 2024, onOpen: (row) => opened.push(row)});
    const button = [...table.querySelectorAll<HTMLButtonElement>("button.review-open")].find((b) =>
      b.textContent?.includes("司法局"),
    );
    button!.click();
    expect(opened.map((r) => [r.body, r.year])).toEqual([["sample-justice", 2024]]);
  });
});
