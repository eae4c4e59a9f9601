import {describe, expect, it} from "vitest";
import {FIXTURE_SITE} from "./global-setup.ts";
import {expectHealthy, useSite} from "./site.ts";

// The site built from test/fixtures/site: the seed, an invented 2023 report for the same body, an invented body.
describe("many reports, with no page edited", () => {
  const site = useSite(FIXTURE_SITE);

  it("the selector changes what every chart of a page draws", async () => {
    const {page, watch} = await site.open("/");
    const items = page.locator(".kpi", {hasText: "权力事项"}).first().locator(".value");
    expect(await items.textContent()).toBe("1140");
    await page.locator(".report-selector select").first().selectOption({label: "示例区（虚构）"});
    await expect.poll(() => items.textContent()).toBe("860");
    await expect.poll(() => page.locator("#category-chart g[aria-label='bar']:not(.hit) rect").count()).toBe(5);
    expect(await page.locator(".synthetic-note").isVisible()).toBe(true);
    await page.locator(".report-selector select").first().selectOption({label: "大连高新区"});
    await expect.poll(() => items.textContent()).toBe("1140");
    await page.locator(".report-selector select").nth(1).selectOption({label: "2023年（测试数据）"});
    await expect.poll(() => items.textContent()).toBe("1098");
    await expectHealthy(page, watch);
  });

  it("多年趋势 shows both years of a body, the change between them, and a sentence for a body with one year", async () => {
    const {page, watch} = await site.open("/trends.html");
    const chart = page.locator("#trend-chart svg[aria-label]");
    await expect.poll(() => chart.textContent()).toContain("1098项");
    expect(await chart.textContent()).toContain("1140项");
    expect(await page.locator("#yoy tbody tr").allTextContents()).toEqual([
      expect.stringMatching(/大连高新区.*2024.*1140项.*1098项.*\+42项.*\+3\.8%.*含测试用虚构数据/),
    ]);
    expect(await page.locator("#trend-notes").textContent()).toContain("示例区（虚构）只有2024年一份报告");
    expect(await page.locator(".synthetic-note").first().textContent()).toContain("大连高新区2023年");
    await page.locator("select").first().selectOption({label: "涉企检查事项"});
    await expect.poll(() => page.locator("#yoy tbody tr").textContent()).toMatch(/32项.*28项.*\+4项/);
    await expect
      .poll(() => page.locator("#share-slope svg[aria-label]").getAttribute("aria-description"))
      .toContain("2023年行政处罚");
    await expectHealthy(page, watch);
  });

  it("问题与计划 follows each plan of 2023 to the 2024 report's sentence, or says it found none", async () => {
    const {page, watch} = await site.open("/outlook.html?body=dalian-hitech&year=2023");
    const plans = page.locator("#plans .status-list > li");
    await expect.poll(() => plans.count()).toBe(4);
    expect(await plans.nth(0).locator(".evidence").textContent()).toContain(
      "2024年报告：“积极开展提升行政执法质量三年行动",
    );
    expect(await plans.nth(1).locator(".status-badge").textContent()).toBe("已完成");
    expect(await plans.nth(3).locator(".evidence").textContent()).toBe("2024年报告中未找到相应表述。");
    await plans.nth(0).locator(".evidence a.provenance").click();
    await page.waitForURL(/\/data\.html\?body=dalian-hitech&year=2024/);
    await expect
      .poll(() => page.locator("#report-text mark").textContent())
      .toContain("积极开展提升行政执法质量三年行动");
    await expectHealthy(page, watch);
  });
});
