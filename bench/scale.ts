import {spawnSync} from "node:child_process";
import {statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {loadCorpus} from "../src/corpus/corpus.ts";
import {readReference} from "../src/corpus/reference.ts";
import {tablesArchive} from "../src/tables/archive.ts";
import {publishedTables} from "../src/tables/published.ts";
import {toArrowStream} from "../src/io/arrow.ts";
import type {Browser} from "playwright-core";
import {launchChromium, openWatchedPage} from "../harness/chromium.ts";
import {serveStatic} from "../harness/serve.ts";
import {BENCH_PAGES, measureFirstContent, type BenchPage, type FirstContent} from "./page-first.ts";
import {median} from "./stats.ts";
import {writeSyntheticCorpus, type SyntheticCorpus} from "./synthetic-corpus.ts";

export interface ScaleResult {
  corpus: SyntheticCorpus;
  loaderSeconds: number;
  factsRows: number;
  factsMiB: number;
  buildSeconds: number;
  firstChartMs: number;
  selectorResponseMs: number;
  trendChartMs: number;
  /** 报告审核: from navigation to its first rows on screen (median of `reviewRuns`, each in a new browser context). */
  reviewRowsMs: number;
  /** 报告审核: what the page fetched before its first rows were on screen (bytes of the bodies, in the median run). */
  reviewBytes: number;
  /** Every page of `BENCH_PAGES`: its first chart or content, cold (median of `pageRuns`), and the bytes fetched by then. */
  pages: (BenchPage & FirstContent)[];
}

const MiB = 2 ** 20;

/**
 * The whole pipeline at the size of China's county-level divisions: 3,000
 * synthetic bodies × 10 years. Measures the loaders' work in process, the
 * site's build from that data, and, in Chromium, how soon the overview draws
 * and how fast it answers the report selector (median of `runs`).
 */
export async function benchScale(
  bodies = 3000,
  years = 10,
  runs = 3,
  reviewRuns = 5,
  pageRuns = 5,
): Promise<ScaleResult> {
  const corpus = writeSyntheticCorpus(join(tmpdir(), "fazhi-synthetic"), bodies, years);
  let start = performance.now();
  const loaded = loadCorpus(corpus.dir);
  const tables = publishedTables(loaded, readReference(corpus.dir));
  await tablesArchive(tables);
  const loaderSeconds = (performance.now() - start) / 1000;
  const facts = tables.get("facts")!;
  const factsMiB = toArrowStream(facts).length / MiB;

  const output = join(tmpdir(), "fazhi-synthetic-site");
  start = performance.now();
  const build = spawnSync(process.execPath, ["bin/fazhi.js", "build"], {
    env: {...process.env, FAZHI_DATA: corpus.dir, FAZHI_OUTPUT: output},
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) throw new Error("the synthetic site did not build");
  const buildSeconds = (performance.now() - start) / 1000;
  statSync(join(output, "index.html"));

  const {url, server} = await serveStatic(output);
  const browser = await launchChromium();
  const first: number[] = [];
  const response: number[] = [];
  const trend: number[] = [];
  const review: {ms: number; bytes: number}[] = [];
  const pages: (BenchPage & FirstContent)[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const {page} = await openWatchedPage(browser);
      start = performance.now();
      await page.goto(`${url}/?body=syn-1500&year=2020`);
      await page.locator("#category-chart svg").waitFor({timeout: 120_000});
      first.push(performance.now() - start);
      // The selector is timed once DuckDB answers, so the figure is the SQL path's.
      await page.locator("#engine", {hasText: "DuckDB 查询"}).waitFor({timeout: 120_000});
      const value = page.locator(".kpi .value").first();
      const before = await value.textContent();
      start = performance.now();
      await page.locator(".report-selector select").first().selectOption("syn-2999");
      await page.waitForFunction(([b]) => document.querySelector(".kpi .value")?.textContent !== b, [before], {
        timeout: 60_000,
      });
      response.push(performance.now() - start);
      await page.context().close();

      const trends = await openWatchedPage(browser);
      start = performance.now();
      await trends.page.goto(`${url}/trends.html`);
      await trends.page.locator("#trend-chart svg[aria-label]").waitFor({timeout: 120_000});
      trend.push(performance.now() - start);
      await trends.page.context().close();
    }
    // Alone, after the other pages: cold each time (a new context has an empty cache), and not sharing the machine with them.
    for (let i = 0; i < reviewRuns; i++) review.push(await reviewFirstRows(browser, url));
    // Page by page, each alone on the machine, each run in a new context.
    for (const page of BENCH_PAGES) pages.push({...page, ...(await measureFirstContent(browser, url, page, pageRuns))});
  } finally {
    await browser.close();
    server.close();
  }
  return {
    corpus,
    loaderSeconds,
    factsRows: facts.numRows,
    factsMiB,
    buildSeconds,
    firstChartMs: median(first),
    selectorResponseMs: median(response),
    trendChartMs: median(trend),
    reviewRowsMs: median(review.map((r) => r.ms)),
    reviewBytes: review.sort((a, b) => a.ms - b.ms)[Math.floor(review.length / 2)]!.bytes,
    pages,
  };
}

/** Opens 报告审核 in a new browser context: milliseconds from navigation to its first row, and the bytes fetched until then. */
async function reviewFirstRows(browser: Browser, url: string): Promise<{ms: number; bytes: number}> {
  const {page} = await openWatchedPage(browser);
  const start = performance.now();
  await page.goto(`${url}/review.html`);
  await page.locator("table.review tbody tr").first().waitFor({timeout: 60_000});
  const ms = performance.now() - start;
  // The table marks `fazhi-first-rows` as its rows are drawn; what started loading after is not on the way to them.
  const bytes = await page.evaluate(() => {
    const drawn = performance.getEntriesByName("fazhi-first-rows")[0]?.startTime ?? Infinity;
    const entries = [
      ...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource"),
    ] as PerformanceResourceTiming[];
    return entries.filter((e) => e.startTime <= drawn).reduce((sum, e) => sum + e.encodedBodySize, 0);
  });
  await page.context().close();
  return {ms, bytes};
}
