import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

const site = useSite();

// The page the README's "Adding a page" shows, built like any other: if the example breaks, this fails.
describe("the example page of the README", () => {
  it("shows the chosen report's figures and chart", async () => {
    const {page, watch} = await site.open("/examples/report-page.html?body=dalian-hitech&year=2024");
    await expectHealthy(page, watch);
    const cards = page.locator(".kpis .kpi");
    await expect.poll(() => cards.count()).toBe(2);
    const values = await page.locator(".kpis .kpi .figure").allTextContents();
    expect(
      values.some((v) => /\d/.test(v)),
      `cards: ${values.join(" | ")}`,
    ).toBe(true);
    const bars = page.locator("#example-chart svg rect");
    await expect.poll(() => bars.count()).toBeGreaterThan(1);
    const ticks = await page.locator("#example-chart").textContent();
    expect(ticks).not.toContain("0.000000");
  });
});
