import {describe, expect, it} from "vitest";
import {FIXTURE_SITE} from "./global-setup.ts";
import {expectHealthy, useSite} from "./site.ts";

// The fixture site: the seed and its invented 2023 report, an invented district, and an invented department of it
// (示例区司法局) whose 2024 report lacks the shortcomings part, is signed after its deadline and drops two figures.
describe("报告审核 /review", () => {
  const site = useSite(FIXTURE_SITE);

  it("gives every report of the year a row with its parts, signature and dropped figures", async () => {
    const {page, watch} = await site.open("/review.html");
    const rows = page.locator("table.review tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    const cells = async (body: string) =>
      (await rows.locator(`xpath=self::*[@data-body="${body}"]`).locator("td").allInnerTexts()).map((t) => t.trim());
    expect(await cells("dalian-hitech")).toEqual([
      "大连高新区",
      "国家高新区",
      "—",
      "未落款日期",
      "3/4（缺：第一责任人）",
      "22",
      "0",
      "0",
    ]);
    expect(await cells("sample-justice")).toEqual([
      "示例区司法局（虚构） 属示例区（虚构）",
      "政府部门",
      "2025-03-12",
      "逾期",
      "3/4（缺：不足原因）",
      "4",
      "2",
      "0",
    ]);
    expect((await cells("sample-district"))[4]).toBe("2/4（缺：不足原因、第一责任人）");
    await expectHealthy(page, watch);
  });

  it("filters by kind, sorts by a column, and shows another year", async () => {
    const {page, watch} = await site.open("/review.html");
    const rows = page.locator("table.review tbody tr");
    await page.locator(".review-controls select").nth(1).selectOption("department");
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator(".review-controls select").nth(1).selectOption("");
    await page.locator("table.review th button", {hasText: "报告数字"}).click();
    await expect.poll(() => rows.first().getAttribute("data-body")).toBe("dalian-hitech");
    await page.locator(".review-controls select").first().selectOption("2023");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.locator("td.signature").allInnerTexts()).toContain("按时");
    await expectHealthy(page, watch);
  });

  it("opens a report's evidence, and its link leads to the sentence in the text", async () => {
    const {page, watch} = await site.open("/review.html?year=2024");
    await page.locator("button.review-open", {hasText: "示例区司法局"}).click();
    const detail = page.locator(".review-detail");
    await expect.poll(() => detail.textContent()).toContain("政府部门于2025年3月1日前向本级政府报告");
    expect(await detail.textContent()).toContain("✗ 存在的不足和原因");
    const dropped = detail.locator("ul.dropped li", {hasText: "2023年为 8.3%"});
    expect(await dropped.textContent()).toContain("败诉率8.3%");
    const href = await dropped.locator("a.provenance").getAttribute("href");
    expect(href).toMatch(/^\.\/data\.html\?body=sample-justice&year=2023&start=\d+&end=\d+$/);
    await dropped.locator("a.provenance").click();
    await page.waitForURL(/\/data\.html\?/);
    await expect.poll(() => page.locator("mark").first().textContent()).toContain("败诉率8.3%");
    await expectHealthy(page, watch);
  });
});
