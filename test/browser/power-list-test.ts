import {describe, expect, it} from "vitest";
import {download, expectHealthy, useSite} from "./site.ts";

describe("权责清单 /power-list", () => {
  const site = useSite();

  it("filters the table by the category clicked in the chart, and clears it on a second click", async () => {
    const {page, watch} = await site.open("/power-list.html");
    const rows = page.locator("#category-table tbody tr");
    await expect.poll(() => rows.count()).toBe(11);
    const bar = page.locator(".category-bars rect[data-category='行政裁决']");
    await bar.click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("行政裁决1项");
    expect(await page.locator("#filter-state").textContent()).toContain("已筛选：行政裁决");
    expect(await bar.getAttribute("aria-pressed")).toBe("true");
    const csv = await download(page, () =>
      page.locator(".downloads", {hasText: "Parquet"}).nth(1).locator("button", {hasText: "CSV"}).click(),
    );
    expect(csv.bytes.toString("utf8").trimEnd().split("\r\n")).toEqual([
      "\ufeff类别,数量,占比,原文",
      "行政裁决,1,<0.1%,行政裁决1项",
    ]);
    await bar.click();
    await expect.poll(() => rows.count()).toBe(11);
    await expectHealthy(page, watch);
  });

  it("switches the bars between counts and shares", async () => {
    const {page, watch} = await site.open("/power-list.html");
    const axis = () => page.locator(".category-bars svg").textContent();
    await expect.poll(axis).toContain("数量（项）");
    await page.locator("label", {hasText: "占比"}).locator("input").check();
    await expect.poll(axis).toContain("占比（%）");
    await expectHealthy(page, watch);
  });

  it("draws the treemap with the largest category labelled", async () => {
    const {page, watch} = await site.open("/power-list.html");
    const treemap = page.locator("#treemap svg[role=img]");
    await expect.poll(() => treemap.locator("rect").count()).toBe(11);
    expect(await treemap.textContent()).toContain("行政处罚");
    await expectHealthy(page, watch);
  });
});
