// `npm run bench`: measures, prints one table. Synthetic inputs are generated into a temporary folder,
// labelled as synthetic, and never published.
import {tmpdir} from "node:os";
import {join} from "node:path";
import {launchChromium} from "../harness/chromium.ts";
import {serveStatic} from "../harness/serve.ts";
import {benchBuild} from "./build.ts";
import {benchCountry} from "./country.ts";
import {benchExtraction} from "./extract.ts";
import {benchExtractionPool} from "./extract-pool.ts";
import {describeMachine} from "./machine.ts";
import {measurePageLoad} from "./page-load.ts";
import {benchQueries} from "./queries.ts";
import {benchScale} from "./scale.ts";
import {siteSize} from "./size.ts";
import {formatTable, type BenchRow} from "./table.ts";

const rows: BenchRow[] = [];
const MiB = 2 ** 20;
const ms = (value: number) => `${value.toFixed(0)} ms`;

// 1. Extraction throughput, linear in size.
const extraction = benchExtraction([1, 10, 100]);
for (const {megabytes, medianSeconds, megabytesPerSecond} of extraction) {
  rows.push({
    name: `extraction, ${megabytes} MiB of synthetic report text (one core, median)`,
    figure: `${megabytesPerSecond.toFixed(1)} MiB/s (${medianSeconds.toFixed(2)} s)`,
    goal: "≥ 20 MiB/s",
    met: megabytesPerSecond >= 20,
  });
}
const [small, , large] = extraction;
const linearity = large!.medianSeconds / large!.megabytes / (small!.medianSeconds / small!.megabytes);
rows.push({
  name: "extraction linearity: time per MiB at 100 MiB ÷ at 1 MiB",
  figure: linearity.toFixed(2),
  goal: "≤ 1.5 (linear)",
  met: linearity <= 1.5,
});

// 2. Build, cold and after one report changed.
const build = benchBuild();
rows.push(
  {
    name: "build, cold (`npm run build`, no cache)",
    figure: `${build.coldSeconds.toFixed(1)} s`,
    goal: "≤ 30 s",
    met: build.coldSeconds <= 30,
  },
  {
    name: `build after one report changed (median of 3; ${build.incrementalWay})`,
    figure: `${build.incrementalSeconds.toFixed(1)} s`,
    goal: "≤ 5 s",
    met: build.incrementalSeconds <= 5,
  },
);

// 3–4. Page load, cold cache, the overview against a baseline page that waits for DuckDB before drawing.
const site = join(tmpdir(), "fazhi-build-bench-site");
const browser = await launchChromium();
const {url, server} = await serveStatic(site);
const overview = await measurePageLoad(browser, `${url}/`, 7);
const baseline = await measurePageLoad(browser, `${url}/benchmarks/baseline.html`, 7);
server.close();
const ratio = baseline.firstChartMs / overview.firstChartMs;
rows.push(
  {
    name: "overview: first chart drawn (median of 7, cold cache)",
    figure: ms(overview.firstChartMs),
    goal: "≤ 1000 ms",
    met: overview.firstChartMs <= 1000,
  },
  {name: "overview: DuckDB-WASM answers its first query", figure: ms(overview.duckdbReadyMs), goal: "–", met: null},
  {
    name: "overview: bytes received before the first chart",
    figure: `${(overview.bytesBeforeChart / MiB).toFixed(2)} MiB`,
    goal: "≤ 1.5 MiB",
    met: overview.bytesBeforeChart <= 1.5 * MiB,
  },
  {
    name: "baseline page (waits for DuckDB, then queries, then draws): first chart",
    figure: ms(baseline.firstChartMs),
    goal: "–",
    met: null,
  },
  {
    name: "overview's first chart, times faster than the baseline's",
    figure: `${ratio.toFixed(1)}×`,
    goal: "≥ 3×",
    met: ratio >= 3,
  },
);

// 5. Interactive queries at scale: DuckDB-WASM against arquero.
for (const {rows: n, engine, median, p95} of await benchQueries(browser)) {
  rows.push({
    name: `group by category under a filter, ${n.toLocaleString("en-US")} synthetic rows, ${engine} (median / p95 of 30)`,
    figure: `${median.toFixed(1)} / ${p95.toFixed(1)} ms`,
    goal: engine === "DuckDB-WASM" && n === 1_000_000 ? "p95 ≤ 50 ms" : "–",
    met: engine === "DuckDB-WASM" && n === 1_000_000 ? p95 <= 50 : null,
  });
}
await browser.close();

// 6. Size.
const size = siteSize(site);
const largest = size.pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
rows.push(
  {
    name: "dist/ in total (DuckDB's eh build only)",
    figure: `${(size.totalBytes / MiB).toFixed(1)} MiB, of which WebAssembly ${(size.wasmBytes / MiB).toFixed(1)} MiB`,
    goal: "–",
    met: null,
  },
  {
    name: `a page with its modules, styles and data, WebAssembly apart (largest: ${largest.page})`,
    figure: `${(largest.bytes / 1024).toFixed(0)} KiB`,
    goal: "–",
    met: null,
  },
);

// The dashboard at the size of China's county-level divisions, on synthetic data.
const scale = await benchScale();
const pool = benchExtractionPool(scale.corpus.dir);
const {bodies, years, reports, bytes} = scale.corpus;
const at = `${bodies} synthetic bodies × ${years} years (${reports} reports, ${(bytes / MiB).toFixed(0)} MiB)`;
rows.push(
  {
    name: `loaders: read every report and write every table, ${at}`,
    figure: `${scale.loaderSeconds.toFixed(1)} s`,
    goal: "finish",
    met: true,
  },
  {
    name: `extraction of those reports: one thread ${pool.oneThreadSeconds.toFixed(1)} s, ${pool.threads} threads ${pool.poolSeconds.toFixed(1)} s (median of 3 each), output ${pool.identical ? "byte-identical" : "DIFFERENT"}`,
    figure: `${(pool.oneThreadSeconds / pool.poolSeconds).toFixed(2)}× faster`,
    goal: "≥ 1.7× on 2 cores, byte-identical",
    met: pool.identical && pool.oneThreadSeconds / pool.poolSeconds >= 1.7,
  },
  {
    name: "facts table at that scale",
    figure: `${scale.factsRows} rows, ${scale.factsMiB.toFixed(1)} MiB Arrow`,
    goal: "–",
    met: null,
  },
  {
    name: "build of the whole site at that scale",
    figure: `${scale.buildSeconds.toFixed(1)} s`,
    goal: "finish",
    met: true,
  },
  {name: "overview at that scale: first chart (median, cold)", figure: ms(scale.firstChartMs), goal: "–", met: null},
  {
    name: "overview at that scale: report selector to redrawn figures (median)",
    figure: ms(scale.selectorResponseMs),
    goal: "≤ 500 ms (interactive)",
    met: scale.selectorResponseMs <= 500,
  },
  {name: "trends page at that scale: chart drawn (median, cold)", figure: ms(scale.trendChartMs), goal: "–", met: null},
  {
    name: "报告审核 at that scale: first rows on screen (median of 5, cold)",
    figure: `${ms(scale.reviewRowsMs)}, ${(scale.reviewBytes / 1024).toFixed(0)} KiB fetched before them`,
    goal: "≤ 1000 ms",
    met: scale.reviewRowsMs <= 1000,
  },
  ...scale.pages.map((page) => ({
    name: `${page.title} at that scale: first chart or content (median of 5, cold), bytes fetched by then`,
    figure: `${ms(page.ms)} (${ms(page.wallMs)} to the harness), ${(page.bytes / MiB).toFixed(1)} MiB`,
    goal: `≤ ${page.goalMs} ms`,
    met: page.ms <= page.goalMs,
  })),
);

// The dashboard at the size of every county-level body and its departments (about 20 minutes; `--no-country` skips it).
if (!process.argv.includes("--no-country")) {
  const country = await benchCountry();
  const {bodies: n, years: y, reports: r, bytes: b} = country.corpus;
  const memory =
    country.peakBytes === null ? "" : `, peak resident memory ${(country.peakBytes / 2 ** 30).toFixed(1)} GiB`;
  rows.push(
    {
      name: `build of the whole site, ${n} synthetic bodies × ${y} years (${r} reports, ${(b / MiB).toFixed(0)} MiB)${memory}`,
      figure: `${(country.buildSeconds / 60).toFixed(1)} min`,
      goal: "finish",
      met: true,
    },
    ...country.pages.map((page) => ({
      name: `${page.title} at ${n} × ${y}: first chart or content (median of 3, cold), bytes fetched by then`,
      figure: `${ms(page.ms)} (${ms(page.wallMs)} to the harness), ${(page.bytes / MiB).toFixed(1)} MiB`,
      goal: `≤ ${page.goalMs} ms`,
      met: page.ms <= page.goalMs,
    })),
  );
}

console.log(`fazhi benchmarks, ${new Date().toISOString().slice(0, 10)}, on ${describeMachine()}\n`);
console.log(formatTable(rows));
