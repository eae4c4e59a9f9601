import {describe, expect, it} from "vitest";
import {builtAddress, expectHealthy, PAGES, settled, useSite} from "./site.ts";

/**
 * The published site on a static server as installed — nothing maps `/x` to
 * `x.html` — under a sub-path, reached the way a reader reaches it: by the
 * sidebar and by 查看原文.
 */
describe("the published site on a plain static server under /sub/path/", () => {
  const site = useSite();

  it("is served by a server that maps nothing: a page's clean address is not found", async () => {
    expect(site.url).toMatch(/\/sub\/path$/);
    expect((await fetch(`${site.url}/data.html`)).status).toBe(200);
    expect((await fetch(`${site.url}/data`)).status).toBe(404);
    expect((await fetch(`${site.url.replace(/\/sub\/path$/, "")}/data.html`)).status).toBe(404);
  });

  it("opens every page from the sidebar, and each shows its content", {timeout: 900_000}, async () => {
    const {page, watch} = await site.open("/", {width: 1440, height: 900});
    for (const {name, path} of PAGES) {
      // 大屏 has no sidebar: the next link is clicked from the home page, as a reader would go back.
      if (!(await page.locator("#observablehq-sidebar").count())) {
        await page.goto(`${site.url}/`);
        await settled(page);
      }
      const link = page.locator("#observablehq-sidebar a", {hasText: new RegExp(`^${name}$`)});
      // The analysts' section is closed until opened (unless the page shown is one of its own).
      if (!(await link.isVisible())) await page.locator("#observablehq-sidebar summary", {hasText: "分析人员"}).click();
      await link.click();
      await page.waitForURL((url) => url.pathname === `/sub/path${builtAddress(path)}`);
      await settled(page);
      expect(await page.title(), path).toMatch(new RegExp(`^${name}`));
      // Framework's cells have run and filled the page from the data: more than its heading, and a chart, table or figure.
      const main = page.locator("#observablehq-main");
      // 搜索 holds only its box and a line until something is typed.
      await expect
        .poll(async () => (await main.innerText()).trim().length, {message: path, timeout: 60_000})
        .toBeGreaterThan(path === "/search" ? 20 : 100);
      await expect
        .poll(() => main.locator("svg, table, .kpi, input, select").count(), {message: path, timeout: 60_000})
        .toBeGreaterThan(0);
      await expectHealthy(page, watch);
    }
  });

  it("opens 查看原文 on the data page with the sentence highlighted", {timeout: 120_000}, async () => {
    const {page, watch} = await site.open("/power-list.html");
    await page.locator("a.provenance").first().click();
    await page.waitForURL(/\/sub\/path\/data\.html\?body=[^&]+&year=\d+&start=\d+&end=\d+$/);
    await settled(page);
    await expect.poll(() => page.locator("#report-text mark").count(), {timeout: 60_000}).toBe(1);
    expect(await page.locator("#highlight-state").textContent()).toMatch(/^已高亮第 \d+–\d+ 字。$/);
    await expectHealthy(page, watch);
  });

  it("lists the leaders' pages first and the analysts' tools in a section of their own", async () => {
    const {page} = await site.open("/", {width: 1440, height: 900});
    const section = page.locator("#observablehq-sidebar details", {hasText: "分析人员"});
    expect(await section.locator("a").allTextContents()).toEqual(["指标覆盖", "SQL 探索", "组件"]);
    expect(await section.getAttribute("open")).toBeNull();
    const all = await page.locator("#observablehq-sidebar a").allTextContents();
    expect(all.slice(0, 4)).toEqual(["法治政府建设年度报告", "总览", "权责清单", "依法行政与执法"]);
  });
});
