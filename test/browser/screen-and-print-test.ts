import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

describe("大屏 /screen and printing", () => {
  const site = useSite();

  it("fills a 1920×1080 wall screen with large type and no scrolling sideways", async () => {
    const {page, watch} = await site.open("/screen.html", {width: 1920, height: 1080});
    await expect.poll(() => page.locator("#screen-chart g[aria-label='bar']:not(.hit) rect").count()).toBe(11);
    const size = await page
      .locator(".screen .kpi .value")
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    expect(await page.locator("#observablehq-sidebar").count()).toBe(0);
    await expectHealthy(page, watch);
  });

  it("prints the overview on A4 without the sidebar, charts within the page", async () => {
    // A4 is 210 mm wide; less 2 × 14 mm margins that leaves 182 mm, about 688 CSS pixels, the width print lays out at.
    const {page, watch} = await site.open("/", {width: 688, height: 1000});
    await page.emulateMedia({media: "print"});
    expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
    expect(await page.locator(".downloads").first().isVisible()).toBe(false);
    const width = await page.locator("#category-chart svg").evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(688);
    const pdf = await page.pdf({format: "A4", printBackground: true});
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await expectHealthy(page, watch);
  });

  it("prints body, year and page title at the top of every sheet, and keeps the choice in the address", async () => {
    const {page, watch} = await site.open("/power-list.html", {width: 1366, height: 768});
    const header = await page.locator("#print-header").textContent();
    expect(header).toMatch(/@top-center \{ content: "[^"]+ · \d{4}年 · 权责清单"/);
    await page.emulateMedia({media: "print"});
    expect(await page.locator(".toolbar form").first().isVisible()).toBe(false);
    await page.emulateMedia({media: "screen"});
    await page.locator(".report-selector select").nth(1).dispatchEvent("input");
    expect(new URL(page.url()).searchParams.get("year")).toMatch(/^\d{4}$/);
    expect(new URL(page.url()).searchParams.get("body")).toBeTruthy();
    await expectHealthy(page, watch);
  });
});
