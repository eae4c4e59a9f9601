import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

describe("同类比较 /peers", () => {
  const site = useSite();

  it("sets the report's figures beside its peers', each with year and source, and says what is not comparable", async () => {
    const {page, watch} = await site.open("/peers.html");
    const rows = page.locator("#peer-table tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const city = page.locator("#peer-table tbody tr", {hasText: "大连市"}).first();
    expect(await city.textContent()).toMatch(/2024.*3507项.*不可直接比较：口径不同：市与国家高新区/);
    // The source on another host is text to copy: a link to it could not open on a closed intranet.
    expect(await city.locator("a").count()).toBe(0);
    expect(await city.locator(".source-address").textContent()).toBe(
      "http://szb.dltv.cn/epaper/dlrb/pc/content/202503/10/content_98456.html",
    );
    const ours = page.locator("#peer-table tbody tr", {hasText: "大连高新区（本报告）"}).first();
    expect(await ours.locator("a.provenance").getAttribute("href")).toMatch(/^\.\/data\.html\?body=dalian-hitech/);
    await expect.poll(() => page.locator("#peer-chart g[aria-label='bar'] rect").count()).toBe(4);
    expect(await page.locator("#reference-table tbody tr").count()).toBeGreaterThanOrEqual(40);
    await expectHealthy(page, watch);
  });
});
