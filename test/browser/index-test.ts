import {describe, expect, it} from "vitest";
import {download, expectHealthy, useSite} from "./site.ts";

describe("总览 /", () => {
  const site = useSite();

  it("draws the eleven categories and the totals that DuckDB-WASM computed in the page", async () => {
    const {page, watch} = await site.open("/");
    // The first chart comes from the Arrow file; the figures are then queried again in DuckDB-WASM.
    await expect.poll(() => page.locator("#engine").textContent()).toBe("数字由浏览器内的 DuckDB 查询得出。");
    const bars = page.locator("#category-chart g[aria-label='bar']:not(.hit) rect");
    await expect.poll(() => bars.count()).toBe(11);
    const values = await page.locator(".kpi .value").allTextContents();
    expect(values.slice(0, 3)).toEqual(["1140", "2173", "2173"]);
    await expectHealthy(page, watch);
  });

  it("draws its first chart from the Arrow file before DuckDB-WASM has started", async () => {
    const {page} = await site.open("/");
    await page.waitForFunction(() => performance.getEntriesByName("fazhi-duckdb-ready").length > 0);
    const [chart, ready] = await page.evaluate<[number, number]>(
      "[performance.getEntriesByName('fazhi-first-chart')[0].startTime, performance.getEntriesByName('fazhi-duckdb-ready')[0].startTime]",
    );
    expect(chart).toBeLessThan(ready);
  });

  it("shows every headline figure with its qualifier and a link to its sentence", async () => {
    const {page, watch} = await site.open("/");
    const study = page.locator(".kpi", {hasText: "学习次数"});
    expect(await study.locator(".qualifier").textContent()).toBe("约");
    expect(await study.locator(".value").textContent()).toBe("40");
    expect(await study.locator(".source").first().textContent()).toContain("近40次");
    const link = study.locator("a.provenance");
    expect(await link.getAttribute("href")).toMatch(/^\.\/data\.html\?body=dalian-hitech&year=2024&start=\d+&end=\d+$/);
    for (const label of [
      "任务大项",
      "任务小项",
      "具体措施",
      "涉企检查事项",
      "理论学习中心组",
      "惠及企业",
      "企业诉求办结率",
    ]) {
      expect(await page.locator(".kpi", {hasText: label}).locator(".value").textContent()).not.toBe("—");
    }
    await expectHealthy(page, watch);
  });

  it("downloads the chart's rows as CSV that Excel reads as UTF-8", async () => {
    const {page} = await site.open("/");
    const {name, bytes} = await download(page, () =>
      page.locator(".downloads button", {hasText: "CSV"}).first().click(),
    );
    expect(name).toBe("dalian-hitech-2024-权责清单分类.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("category,value");
    expect(lines).toHaveLength(12);
    expect(lines).toContain("行政处罚,1719");
  });

  it("downloads the chart as SVG and PNG", async () => {
    const {page} = await site.open("/");
    const svg = await download(page, () => page.locator(".downloads button", {hasText: "SVG"}).first().click());
    expect(svg.bytes.toString("utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.bytes.toString("utf8")).toContain("行政裁决");
    const png = await download(page, () => page.locator(".downloads button", {hasText: "PNG"}).first().click());
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
