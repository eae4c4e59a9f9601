import {describe, expect, it} from "vitest";
import {download, expectHealthy, useSite} from "./site.ts";

describe("the topic pages", () => {
  const site = useSite();

  it("依法行政与执法 draws the 7/21/62 breakdown and lists the named systems", async () => {
    const {page, watch} = await site.open("/enforcement.html");
    const levels = page.locator("#task-hierarchy .level");
    await expect.poll(() => levels.count()).toBe(3);
    expect(await levels.nth(0).locator(".cell").count()).toBe(7);
    expect(await levels.nth(1).locator(".cell").count()).toBe(21);
    expect(await levels.nth(2).locator(".cell").count()).toBe(62);
    expect(await page.locator("#systems li strong").allTextContents()).toEqual(["三项制度", "四张清单"]);
    expect(await page.locator(".kpi", {hasText: "涉企检查事项"}).locator(".value").textContent()).toBe("32");
    await expectHealthy(page, watch);
  });

  it("学习 lists the study forms and the documents studied", async () => {
    const {page, watch} = await site.open("/study.html");
    await expect
      .poll(() => page.locator("#study-forms li strong").allTextContents())
      .toEqual(["党课", "三会一课", "主题党日"]);
    expect(await page.locator("#study-documents li strong").allTextContents()).toContain("行政复议法");
    expect(await page.locator(".kpi", {hasText: "理论学习中心组"}).locator(".value").textContent()).toBe("21");
    await expectHealthy(page, watch);
  });

  it("职能转变 lists the five service forms and downloads them", async () => {
    const {page, watch} = await site.open("/services.html");
    const forms = page.locator("#service-forms li strong");
    await expect.poll(() => forms.allTextContents()).toEqual(["云帮办", "帮代办", "免费办", "指尖办", "找我办"]);
    expect(await page.locator("#service-systems li strong").allTextContents()).toEqual(["9+1体系"]);
    const csv = await download(page, () => page.locator(".downloads button", {hasText: "CSV"}).first().click());
    const lines = csv.bytes.toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("\ufeffdetail,name,section");
    expect(lines.slice(1)).toEqual([
      "线上服务,云帮办,一、(三)",
      "高频服务,帮代办,一、(三)",
      "商务服务,免费办,一、(三)",
      "社区服务,指尖办,一、(三)",
      "兜底服务,找我办,一、(三)",
    ]);
    await expectHealthy(page, watch);
  });

  it("基层治理 draws the six dispute areas in the report's order", async () => {
    const {page, watch} = await site.open("/grassroots.html");
    const chart = page.locator("#dispute-areas svg");
    await expect
      .poll(() => chart.locator("text").allTextContents())
      .toEqual(["婚恋家庭", "邻里关系", "涉众金融", "欠资欠薪", "征地拆迁", "医疗卫生"]);
    expect(await page.locator("#measures li strong").allTextContents()).toEqual([
      "全面排查矛盾纠纷",
      "强化矛盾源头预防",
      "六个一",
    ]);
    await expectHealthy(page, watch);
  });

  it("问题与计划 shows each shortcoming and plan with its status, as progress", async () => {
    const {page, watch} = await site.open("/outlook.html");
    await expect.poll(() => page.locator("#shortcomings .status-list li").count()).toBe(3);
    expect(await page.locator("#plans .status-list li").count()).toBe(6);
    expect(await page.locator("#plans .status-bar").getAttribute("aria-label")).toBe(
      "工作打算：计划中6项，推进中0项，已完成0项",
    );
    expect(await page.locator("#plans .status-badge").first().textContent()).toBe("计划中");
    await expectHealthy(page, watch);
  });
});
