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
}

/**
 * Opens a page `runs` times, each in a new browser context (an empty cache):
 * milliseconds from navigation to its first content on screen, and the bytes
 * received by then (the page, scripts, styles and data whose response had
 * ended). Medians.
 */
export async function measureFirstContent(
  browser: Browser,
  url: string,
  page: BenchPage,
  runs = 5,
): Promise<FirstContent> {
  const samples: FirstContent[] = [];
  for (let i = 0; i < runs; i++) {
    const {page: tab} = await openWatchedPage(browser);
    const start = performance.now();
    await tab.goto(`${url}${page.path}`);
    await tab.locator(page.selector).first().waitFor({timeout: 120_000});
    const ms = performance.now() - start;
    const bytes = await tab.evaluate<number>(BYTES_SO_FAR);
    samples.push({ms, bytes});
    await tab.context().close();
  }
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  return {ms: median(samples.map((s) => s.ms)), bytes: sorted[Math.floor(sorted.length / 2)]!.bytes};
}

// Plain JavaScript, evaluated in the page.
const BYTES_SO_FAR = `(() => {
  const now = performance.now();
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  return entries.filter((e) => e.responseEnd > 0 && e.responseEnd <= now).reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0);
})()`;
