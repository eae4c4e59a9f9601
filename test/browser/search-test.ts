import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

describe("搜索 /search", () => {
  const site = useSite();

  it("finds a page by a Chinese word inside a sentence", async () => {
    const {page, watch} = await site.open("/search.html");
    const input = page.locator("input[type=text]");
    const results = page.locator("#search-results li a");
    // Nothing typed, nothing said: no "没有找到" before a search.
    expect(await page.locator("#search-results").textContent()).toBe("");
    // A figure's label and its value find the pages whose cards show it.
    await input.fill("权力事项");
    await expect.poll(() => results.allTextContents()).toEqual(expect.arrayContaining(["总览", "权责清单", "大屏"]));
    await input.fill("1140");
    await expect.poll(() => results.allTextContents()).toContain("权责清单");
    expect(await page.locator("#search-results").textContent()).not.toMatch(/\)\}|ariaLabel|reference\(/);
    await input.fill("排查");
    await expect.poll(() => results.allTextContents()).toContain("基层治理");
    // 门户网站 stands inside the power list sentence: no space or punctuation marks it off.
    await input.fill("门户网站");
    await expect.poll(() => results.allTextContents()).toContain("依法行政与执法");
    await input.fill("免申即享");
    await expect.poll(() => results.allTextContents()).toContain("职能转变");
    await input.fill("不存在的词语组合甲乙丙");
    await expect.poll(() => page.locator("#search-results").textContent()).toBe("没有找到。");
    await expectHealthy(page, watch);
  });
});
