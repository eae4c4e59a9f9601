import {describe, expect, it} from "vitest";
import {useSite} from "./site.ts";

describe("the overview page /", () => {
  const site = useSite();

  it("draws the eleven categories and the totals that DuckDB-WASM computed in the page", async () => {
    const {page, watch} = await site.open("/");
    const chart = page.locator("#category-chart svg");
    await chart.waitFor({timeout: 30_000});
    await expect.poll(() => chart.locator("g[aria-label='bar'] rect").count()).toBe(11);
    const values = await page.locator(".kpi .value").allTextContents();
    expect(values).toEqual(["1140", "2173", "2173"]);
    await expect.poll(() => page.locator("#category-chart").textContent()).toContain("行政裁决");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(watch.offOrigin).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
