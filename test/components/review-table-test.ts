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

  it("draws the newest year's rows at once, and offers the other years once all are loaded", async () => {
    const newest = rows.filter((r) => r.year === 2024);
    let loaded = (_: readonly ReviewRow[]) => {};
    const every = new Promise<readonly ReviewRow[]>((resolve) => (loaded = resolve));
    const table = reviewTable(newest, {onOpen: () => {}, all: () => every});
    const years = () => [...table.querySelectorAll("select")[0]!.options].map((o) => o.value);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(newest.length);
    expect(years()).toEqual(["2024"]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    loaded(rows);
    await every;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(years()).toEqual(["2024", "2023"]);
    expect(table.querySelectorAll("select")[0]!.value).toBe("2024");
    const select = table.querySelectorAll("select")[0]!;
    select.value = "2023";
    select.dispatchEvent(new Event("change"));
    expect(table.querySelectorAll("tbody tr")).toHaveLength(rows.filter((r) => r.year === 2023).length);
  });

  it("prints the whole year, not only the rows drawn so far", () => {
    const many = Array.from({length: 5}, () => rows.filter((r) => r.year === 2024)).flat();
    const table = reviewTable(many, {year: 2024, onOpen: () => {}, pageSize: 2});
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
    window.dispatchEvent(new Event("beforeprint"));
    expect(table.querySelectorAll("tbody tr")).toHaveLength(many.length);
  });
});
