import {describe, expect, it} from "vitest";
import {openWatchedPage} from "../../harness/chromium.ts";
import {expectHealthy, useSite} from "./site.ts";

/**
 * The pages that draw their first content from their body's files before
 * DuckDB-WASM starts: what counts as that content (as bench/page-first.ts
 * waits for it) and the part of the page that must read the same once DuckDB
 * has answered.
 */
const FAST_PAGES = [
  {title: "总览", path: "/", same: ".kpis"},
  {title: "权责清单", path: "/power-list.html", same: "#category-table"},
  {title: "学习", path: "/study.html", same: "main"},
  {title: "依法行政与执法", path: "/enforcement.html", same: "main"},
  {title: "职能转变", path: "/services.html", same: "main"},
  {title: "基层治理", path: "/grassroots.html", same: "main"},
  {title: "问题与计划", path: "/outlook.html", same: "main"},
  {title: "同类比较", path: "/peers.html", same: "main"},
  {title: "数据与来源", path: "/data.html", same: "#report-text"},
  {title: "大屏", path: "/screen.html", same: ".screen-kpis"},
];

// A whole published table, or DuckDB-WASM itself: what the first content must not wait for.
const WHOLE =
  /\/data\/tables\/(facts|items|texts|reports|checks|numbers|power-list)\.[0-9a-f]+\.arrow$|duckdb-eh\.wasm$/;

// Plain JavaScript run in the page before its scripts: the text of `same` when the first content is on screen.
const RECORD_FIRST = (same: string) => `(() => {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName("fazhi-first-chart").length) return;
    window.__firstText = document.querySelector(${JSON.stringify(same)})?.innerText ?? null;
    observer.disconnect();
  }).observe({type: "mark"});
})()`;

describe("first content before DuckDB-WASM", () => {
  const site = useSite();

  it.each(FAST_PAGES)(
    "$title shows its first content from its body's files, the same as DuckDB's",
    async ({path, same}) => {
      const {page, watch} = await openWatchedPage(site.browser);
      await page.addInitScript(RECORD_FIRST(same));
      await page.goto(site.url + path);
      await page.waitForFunction(() => performance.getEntriesByName("fazhi-duckdb-ready").length > 0, null, {
        timeout: 60_000,
      });
      const [first, ready, early] = await page.evaluate<[number, number, string[]]>(`[
      performance.getEntriesByName("fazhi-first-chart")[0].startTime,
      performance.getEntriesByName("fazhi-duckdb-ready")[0].startTime,
      performance.getEntriesByType("resource").filter((e) => e.startTime < performance.getEntriesByName("fazhi-first-chart")[0].startTime).map((e) => e.name),
    ]`);
      expect(first).toBeLessThan(ready);
      expect(early.filter((name) => WHOLE.test(name))).toEqual([]);
      const firstText = await page.evaluate<string | null>("window.__firstText");
      expect(firstText).toMatch(/[\u4e00-\u9fff]/);
      // DuckDB's answer (queried within moments of its arrival) redraws the first content with the same text:
      // no number changes under the reader's eyes.
      await page.waitForTimeout(1000);
      await expect.poll(() => page.locator(same).first().innerText(), {timeout: 10_000}).toBe(firstText);
      await expectHealthy(page, watch);
    },
  );
});
