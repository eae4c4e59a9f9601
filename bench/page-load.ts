import type {Browser} from "playwright-core";
import {openWatchedPage} from "../harness/chromium.ts";
import {median} from "./stats.ts";

export interface PageLoad {
  /** From navigation to the first chart on screen, ms. */
  firstChartMs: number;
  /** From navigation to DuckDB-WASM answering its first query, ms. */
  duckdbReadyMs: number;
  /** Bytes received before the first chart was drawn: the page, its scripts, styles and data. */
  bytesBeforeChart: number;
  /** Every byte the page received once DuckDB was ready. */
  bytesTotal: number;
}

// Plain JavaScript, evaluated in the page: TypeScript compiled for Node would bring helpers the page lacks.
const READ_TIMINGS = `(() => {
  const chart = performance.getEntriesByName("fazhi-first-chart")[0].startTime;
  const ready = performance.getEntriesByName("fazhi-duckdb-ready")[0].startTime;
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  let before = 0, total = 0;
  for (const e of entries) {
    const size = e.transferSize || e.encodedBodySize;
    total += size;
    if (e.responseEnd <= chart) before += size;
  }
  return {firstChartMs: chart, duckdbReadyMs: ready, bytesBeforeChart: before, bytesTotal: total};
})()`;

/**
 * Opens a page in a fresh browser context (a cold cache) `runs` times and
 * reads the marks the page sets (`fazhi-first-chart`, `fazhi-duckdb-ready`)
 * and its resource timings. Medians of each figure.
 */
export async function measurePageLoad(browser: Browser, url: string, runs = 5): Promise<PageLoad> {
  const samples: PageLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const {page} = await openWatchedPage(browser);
    await page.goto(url);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName("fazhi-first-chart").length &&
        performance.getEntriesByName("fazhi-duckdb-ready").length,
      null,
      {timeout: 120_000, polling: 20},
    );
    samples.push(await page.evaluate<PageLoad>(READ_TIMINGS));
    await page.context().close();
  }
  const of = (key: keyof PageLoad) => median(samples.map((s) => s[key]));
  return {
    firstChartMs: of("firstChartMs"),
    duckdbReadyMs: of("duckdbReadyMs"),
    bytesBeforeChart: of("bytesBeforeChart"),
    bytesTotal: of("bytesTotal"),
  };
}
