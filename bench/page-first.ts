import type {Browser} from "playwright-core";
import {openWatchedPage} from "../harness/chromium.ts";
import {median} from "./stats.ts";

/** A page of the site as the benchmark opens it, what counts as its first content, and the goal for it. */
export interface BenchPage {
  /** The page's title, as the sidebar names it. */
  title: string;
  /** Its address under the site's folder, with the report chosen in the query when it has a selector. */
  path: string;
  /** The first chart, or the first content where the page has no chart. */
  selector: string;
  goalMs: number;
}

// Framework puts <observablehq-loading> where a value is still being computed: content is anything else.
const SHOWN = ":not(observablehq-loading)";

/** Every page that shows reports' data, at the benchmark's scale (a body in the middle, a year in the middle). */
export const BENCH_PAGES: readonly BenchPage[] = [
  {title: "总览", path: "/?body=syn-1500&year=2020", selector: "#category-chart svg", goalMs: 500},
  {title: "多年趋势", path: "/trends.html?body=syn-1500", selector: "#trend-chart svg[aria-label]", goalMs: 1000},
  {title: "报告审核", path: "/review.html", selector: "table.review tbody tr", goalMs: 1000},
  {
    title: "权责清单",
    path: "/power-list.html?body=syn-1500&year=2020",
    selector: "#category-table table",
    goalMs: 1000,
  },
  {title: "学习", path: "/study.html?body=syn-1500&year=2020", selector: ".kpi .value", goalMs: 1000},
  {title: "依法行政与执法", path: "/enforcement.html?body=syn-1500&year=2020", selector: ".kpi .value", goalMs: 1000},
  {title: "职能转变", path: "/services.html?body=syn-1500&year=2020", selector: ".kpi .value", goalMs: 1000},
  {
    title: "基层治理",
    path: "/grassroots.html?body=syn-1500&year=2020",
    selector: `#dispute-areas > ${SHOWN}`,
    goalMs: 1000,
  },
  {
    title: "问题与计划",
    path: "/outlook.html?body=syn-1500&year=2020",
    selector: `#shortcomings > ${SHOWN}`,
    goalMs: 1000,
  },
  {title: "同类比较", path: "/peers.html?body=syn-1500&year=2020", selector: `#peer-table > ${SHOWN}`, goalMs: 1000},
  {title: "数据与来源", path: "/data.html?body=syn-1500&year=2020", selector: `#report-text > ${SHOWN}`, goalMs: 1000},
  {title: "大屏", path: "/screen.html?body=syn-1500&year=2020", selector: "#screen-chart svg", goalMs: 1000},
];

/** A page's first content: median milliseconds from navigation, and the bytes fetched by then in the median run. */
export interface FirstContent {
  ms: number;
  bytes: number;
  /** Median milliseconds from the harness asking for the page to its seeing the content: a new browser process and the round trips to it included. */
  wallMs: number;
}

/**
 * Opens a page `runs` times, each in a new browser context (an empty cache):
 * milliseconds from navigation to the first frame with its first content in
 * the page, and the bytes received by then (the page, scripts, styles and
 * data whose response had ended). Medians. The time is the page's own clock
 * from navigation, as the overview's `fazhi-first-chart` mark and the
 * browser's own paint timings are; the harness's time, which adds starting a
 * browser process for the new context and its round trips to it, is kept
 * beside it.
 */
export async function measureFirstContent(
  browser: Browser,
  url: string,
  page: BenchPage,
  runs = 5,
): Promise<FirstContent> {
  const samples: {ms: number; bytes: number}[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const {page: tab} = await openWatchedPage(browser);
    await tab.addInitScript(watchFirstContent(page.selector));
    const start = performance.now();
    await tab.goto(`${url}${page.path}`);
    await tab.locator(page.selector).first().waitFor({timeout: 120_000});
    wall.push(performance.now() - start);
    await tab.waitForFunction("window.__fazhiFirstContent !== undefined", null, {timeout: 10_000, polling: 20});
    samples.push(await tab.evaluate<{ms: number; bytes: number}>(FIRST_CONTENT));
    await tab.context().close();
  }
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  return {
    ms: median(samples.map((s) => s.ms)),
    bytes: sorted[Math.floor(sorted.length / 2)]!.bytes,
    wallMs: median(wall),
  };
}

// Plain JavaScript, run in the page from its start: the time of the first animation frame (the one that paints it) at
// which the content is in the document.
const watchFirstContent = (selector: string) => `(() => {
  const look = (time) => {
    if (document.querySelector(${JSON.stringify(selector)})) window.__fazhiFirstContent = time;
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

// Plain JavaScript, evaluated in the page: that time, and the bytes whose response had ended by then.
const FIRST_CONTENT = `(() => {
  const ms = window.__fazhiFirstContent;
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  const bytes = entries.filter((e) => e.responseEnd > 0 && e.responseEnd <= ms).reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0);
  return {ms, bytes};
})()`;
