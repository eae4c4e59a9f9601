import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {HOSTILE_SITE} from "./global-setup.ts";
import {builtAddress, expectHealthy, PAGES, useSite} from "./site.ts";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";

/** Whatever the page did with the hostile texts, none of their markup became an element. */
async function expectNothingInjected(page: Page, path: string): Promise<void> {
  expect(await page.locator('img[src="x"]').count(), `${path}: injected <img>`).toBe(0);
  expect(await page.locator("[onerror], [onmouseover]").count(), `${path}: event-handler attributes`).toBe(0);
  const scripts = await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes("alert(1)")).length);
  expect(scripts, `${path}: injected <script>`).toBe(0);
  const tags = await page.evaluate(() =>
    [...document.querySelectorAll("main b, main i")]
      .map((e) => e.textContent)
      .filter((t) => /三会一课|四张清单/.test(t ?? "")),
  );
  expect(tags, `${path}: markup from quoted names`).toEqual([]);
}

/** The page's text as a reader sees it, the body's name in the report selector included. */
const shownText = (page: Page) =>
  page.evaluate(() => document.body.innerText + [...document.querySelectorAll("option")].map((o) => o.text).join("\n"));

describe("a site built from hostile texts", () => {
  const site = useSite(HOSTILE_SITE);

  it(
    "runs nothing on any page: no dialog, no injected element, the markup shown as text",
    {timeout: 600_000},
    async () => {
      for (const {path} of PAGES) {
        const {page, watch} = await site.open(builtAddress(path));
        await page.mouse.wheel(0, 4000);
        await page.waitForTimeout(1000);
        await expectNothingInjected(page, path);
        await expectHealthy(page, watch);
        // The body's name, <img…> and all, is in the report selector of every page that has one.
        if (await page.locator(".report-selector").count()) expect(await shownText(page), path).toContain(IMG);
        await page.context().close();
      }
    },
  );

  it("/data shows the report text, the markup in it as text, and the failed check with its place", async () => {
    const {page, watch} = await site.open("/data.html?body=hostile-body&year=2024");
    await expect.poll(() => page.locator("#report-text").textContent()).toContain("恶意示例区");
    const text = (await page.locator("#report-text").textContent()) ?? "";
    expect(text).toContain(`全区重新梳理权责事项${SCRIPT},编制新版权责清单`);
    expect(text).toContain(`行政许可110项${IMG}、行政处罚310项`);
    expect(text).toContain("运用“<b>三会一课</b>”");
    const failed = page.locator("#checks li.check-fail");
    await expect.poll(() => failed.textContent()).toContain("4类合计530项，与子项总数520项不符（多10项）");
    expect(await failed.textContent()).toContain(`行政许可110项${IMG}、行政处罚310项`);
    // Its link highlights the passage: the page reloads with the span, and the mark holds the markup as text.
    await failed.locator("a.provenance").click();
    await page.waitForURL(/start=/);
    await expect.poll(() => page.locator("#report-text mark").textContent()).toContain(IMG);
    await expectNothingInjected(page, "/data");
    await expectHealthy(page, watch);
  });

  it("/power-list warns above the figures that the categories do not sum, and only for the report that fails", async () => {
    const {page, watch} = await site.open("/power-list.html?body=hostile-body&year=2024");
    const alert = page.locator("#check-alerts .check-alert");
    await expect.poll(() => alert.textContent()).toContain("核对未通过：4类合计530项，与子项总数520项不符（多10项）");
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(await alert.locator("a.provenance").getAttribute("href")).toMatch(
      /^\.\/data\.html\?body=hostile-body&year=2024&start=\d+&end=\d+$/,
    );
    // Above the figures: before the first KPI card in the page.
    const above = await page.evaluate(() => {
      const alert = document.querySelector("#check-alerts")!;
      const kpis = document.querySelector(".kpis")!;
      return Boolean(alert.compareDocumentPosition(kpis) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    await expectHealthy(page, watch);

    const consistent = await site.open("/power-list.html?body=hostile-body&year=2023");
    await expect.poll(() => consistent.page.locator(".kpi .value").first().textContent()).toBe("300");
    expect(await consistent.page.locator("#check-alerts .check-alert").count()).toBe(0);
  });

  it("/screen shows the failed check on the wall screen too", async () => {
    const {page, watch} = await site.open("/screen.html?body=hostile-body&year=2024");
    await expect.poll(() => page.locator(".check-alert").textContent()).toContain("权责清单核对未通过");
    await expectHealthy(page, watch);
  });

  it("/outlook and /grassroots list items whose text holds markup, as text", async () => {
    const outlook = await site.open("/outlook.html?body=hostile-body&year=2023");
    await expect.poll(() => shownText(outlook.page)).toContain(`加强行政执法人员培训${SCRIPT}`);
    // The 2023 plan followed into the 2024 report: the evidence quoted is a hostile sentence too.
    expect(await outlook.page.locator("#plans .evidence").allInnerTexts()).toContainEqual(
      expect.stringContaining(SCRIPT),
    );
    await expectNothingInjected(outlook.page, "/outlook");
    const grassroots = await site.open("/grassroots.html?body=hostile-body&year=2024");
    await expect.poll(() => shownText(grassroots.page)).toContain(`邻里关系${IMG}`);
    await expectNothingInjected(grassroots.page, "/grassroots");
  });

  it("/search finds a hostile sentence and quotes it as text", async () => {
    const {page, watch} = await site.open("/search.html?q=onerror");
    await expect.poll(() => page.locator("#search-results li").count()).toBeGreaterThan(0);
    expect(await page.locator("#search-results").innerText()).toContain("onerror=alert(1)>");
    await expectNothingInjected(page, "/search");
    await expectHealthy(page, watch);
  });
});
