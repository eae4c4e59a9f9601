import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

describe("数据与来源 /data", () => {
  const site = useSite();

  it("shows every check with its outcome", async () => {
    const {page, watch} = await site.open("/data.html");
    const checks = page.locator("#checks li");
    await expect.poll(() => checks.count()).toBe(10);
    expect(await page.locator("#checks li.check-pass").count()).toBe(9);
    expect(await page.locator("#checks li.check-warn").textContent()).toContain("删除重复段落22段");
    // Each check by its Chinese name; the id only in the tooltip.
    expect(await checks.allInnerTexts()).toContainEqual(expect.stringContaining("权责清单各类合计与总数相符"));
    expect((await checks.allInnerTexts()).join("\n")).not.toMatch(/[a-z]+[._][a-z_]+/);
    expect(await page.locator("#checks .check-name").first().getAttribute("title")).toMatch(/^核对编号：[a-z_.]+$/);
    await expectHealthy(page, watch);
  });

  it("highlights the source sentence of a figure linked from another page", async () => {
    const {page, watch} = await site.open("/");
    await page.locator(".kpi", {hasText: "学习次数"}).locator("a.provenance").click();
    await page.waitForURL(/\/data\.html\?/);
    const mark = page.locator("#report-text mark");
    await expect.poll(() => mark.textContent()).toBe("学习习近平法治思想近40次");
    expect(await mark.isVisible()).toBe(true);
    await expectHealthy(page, watch);
  });

  it("highlights the sentence of the figure chosen in the table", async () => {
    const {page, watch} = await site.open("/data.html");
    const row = page.locator("form table tbody tr", {hasText: "涉企检查事项32项"});
    await row.locator("input").check();
    await expect.poll(() => page.locator("#report-text mark").textContent()).toContain("列入涉企检查事项32项");
    await expectHealthy(page, watch);
  });
});
