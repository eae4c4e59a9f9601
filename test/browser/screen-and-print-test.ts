import {describe, expect, it} from "vitest";
import {builtAddress, expectHealthy, PAGES, useSite} from "./site.ts";

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
    // The figures and the chart reach the screen's bottom edge: no empty quarter below them.
    const bottom = await page.locator(".screen-grid").evaluate((e) => e.getBoundingClientRect().bottom);
    expect(bottom).toBeGreaterThan(1080 - 80);
    expect(bottom).toBeLessThanOrEqual(1080);
    // Axis labels stand apart at the screen's type size (1,000 and 1,200 never run together).
    const ticks = await page
      .locator("#screen-chart g[aria-label='x-axis tick label'] text")
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.right + 8);
    await expectHealthy(page, watch);
    // Nobody clicks a small link across a room: the whole card opens the figure's sentence.
    await page
      .locator(".screen .kpi")
      .first()
      .click({position: {x: 40, y: 40}});
    await page.waitForURL(/data\.html\?/);
  });

  it("on a phone, the wall screen and every other page fit the width, the menu behind a labelled button", async () => {
    for (const {path} of PAGES) {
      const {page, watch} = await site.open(builtAddress(path), {width: 390, height: 844});
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      if (path !== "/screen") {
        const menu = await page.locator("#observablehq-sidebar-toggle").boundingBox();
        expect(menu!.y, path).toBeLessThan(40);
      }
      await expectHealthy(page, watch);
      await page.context().close();
    }
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

  it("prints chart labels at 9 pt or more, from a desk's wide window too", async () => {
    // A browser prints the charts as drawn on screen, scaled to the sheet: drawn no wider than A4's text, they are not shrunk.
    for (const path of ["/", "/power-list.html", "/trends.html", "/peers.html"]) {
      const {page, watch} = await site.open(path, {width: 1440, height: 900});
      await page.locator(".card svg text").first().waitFor();
      await page.emulateMedia({media: "print"});
      // Without the sidebar the column is wider and the charts are drawn again: measure once they are.
      await page.waitForTimeout(1000);
      await page.locator(".card svg text").first().waitFor();
      const sizes = await page.locator(".card svg[width]").evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          // A tile of a treemap can be drawn 0 wide: it has no scale, and no label.
          const drawn = Number(svg.getAttribute("width"));
          if (!(drawn > 0)) return [];
          const scale = svg.getBoundingClientRect().width / drawn;
          return [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        }),
      );
      // Only what is laid out can be measured: a chart still being redrawn has no size yet.
      const measured = sizes.filter(Number.isFinite);
      expect(measured.length, path).toBeGreaterThan(0);
      // 9 pt is 12 CSS pixels.
      expect(Math.min(...measured), path).toBeGreaterThanOrEqual(12);
      await expectHealthy(page, watch);
      await page.context().close();
    }
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
