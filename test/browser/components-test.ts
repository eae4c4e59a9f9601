import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

describe("组件 /components", () => {
  const site = useSite();

  it("renders every example live, and the bars report the category clicked", async () => {
    const {page, watch} = await site.open("/components.html");
    await expect.poll(() => page.locator(".category-bars rect[data-category]").count()).toBe(11);
    for (const selector of [
      ".kpi",
      ".task-hierarchy",
      ".item-list",
      ".status-progress",
      ".downloads",
      "a.provenance",
    ]) {
      expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
    }
    // autoChart's example draws the categories as sorted bars, not as a one-year line per category.
    const autoChart = page
      .locator("h2", {hasText: "autoChart"})
      .locator("xpath=following-sibling::div[contains(@class, 'observablehq')][1]");
    await expect.poll(() => autoChart.locator("g[aria-label='bar'] rect").count()).toBe(11);
    expect(await autoChart.locator("g[aria-label='line']").count()).toBe(0);
    await page.locator(".category-bars rect[data-category='行政许可']").click();
    await expect.poll(() => page.locator("p", {hasText: "当前选中"}).textContent()).toContain("行政许可");
    await expectHealthy(page, watch);
  });
});
