import {describe, expect, it} from "vitest";
import {FIXTURE_SITE} from "./global-setup.ts";
import {expectHealthy, useSite} from "./site.ts";

// The fixture site: the seed, an invented 2023 report of the same body, and an invented body whose report
// uses a phrase (执法巡查) that only the fixtures' metric-phrases.csv adds to the catalogue.
describe("指标覆盖 /coverage and the numbers no metric took", () => {
  const site = useSite(FIXTURE_SITE);

  it("shows every metric of the catalogue against every report, with the figure each gives", async () => {
    const {page, watch} = await site.open("/coverage.html");
    const table = page.locator("table.coverage");
    await expect.poll(() => table.locator("thead th").count()).toBe(7);
    const items = await table.locator("tbody tr", {hasText: "权力事项"}).first().locator("td").allTextContents();
    expect(items).toEqual(["项", "1098项", "1140项", "—", "—", "860项"]);
    const inspections = await table.locator("tbody tr", {hasText: "行政检查"}).first().textContent();
    expect(inspections).toContain("86次");
    expect(await table.locator("tr.total").textContent()).toMatch(/\d+ \/ \d+/);
    expect(await table.locator("th.area").first().textContent()).toBe("健全政府机构职能体系");
    await expectHealthy(page, watch);
  });

  it("lists, on 数据与来源, a fact that only the analysts' phrase file makes", async () => {
    const {page, watch} = await site.open("/data.html?body=sample-district&year=2024");
    await expect.poll(() => page.locator("form table tbody").first().textContent()).toContain("执法巡查86次");
    await expectHealthy(page, watch);
  });

  it("lists a report's numbers no metric took, with the words that say what they count", async () => {
    const {page, watch} = await site.open("/data.html?body=sample-district&year=2024");
    await expect.poll(() => page.locator("#unmapped").textContent()).toContain("刊发普法稿件");
    expect(await page.locator("#unmapped").textContent()).toContain("46篇");
    await expectHealthy(page, watch);
  });
});
