// `npm run bench`: measures, prints one table. Synthetic inputs only; nothing here is published.
import {benchExtraction} from "./extract.ts";
import {benchScale} from "./scale.ts";
import {describeMachine} from "./machine.ts";
import {formatTable, type BenchRow} from "./table.ts";

const GOAL_MB_S = 20;

const rows: BenchRow[] = [];
const extraction = benchExtraction([1, 10, 100]);
for (const {megabytes, medianSeconds, megabytesPerSecond} of extraction) {
  rows.push({
    name: `extraction, ${megabytes} MiB of synthetic report text (one core, median)`,
    figure: `${megabytesPerSecond.toFixed(1)} MiB/s (${medianSeconds.toFixed(2)} s)`,
    goal: `≥ ${GOAL_MB_S} MiB/s`,
    met: megabytesPerSecond >= GOAL_MB_S,
  });
}
const [small, , large] = extraction;
if (small && large) {
  const ratio = large.medianSeconds / large.megabytes / (small.medianSeconds / small.megabytes);
  rows.push({
    name: "extraction linearity: time per MiB at 100 MiB ÷ at 1 MiB",
    figure: ratio.toFixed(2),
    goal: "≤ 1.5 (linear)",
    met: ratio <= 1.5,
  });
}

// The dashboard at the size of China's county-level divisions, on synthetic data.
const scale = await benchScale();
const {bodies, years, reports, bytes} = scale.corpus;
const at = `${bodies} synthetic bodies × ${years} years (${reports} reports, ${(bytes / 2 ** 20).toFixed(0)} MiB)`;
rows.push(
  {
    name: `loaders: read every report and write every table, ${at}`,
    figure: `${scale.loaderSeconds.toFixed(1)} s`,
    goal: "finish",
    met: true,
  },
  {
    name: `facts table at that scale`,
    figure: `${scale.factsRows} rows, ${scale.factsMiB.toFixed(1)} MiB Arrow`,
    goal: "–",
    met: null,
  },
  {
    name: `build of the whole site at that scale`,
    figure: `${scale.buildSeconds.toFixed(1)} s`,
    goal: "finish",
    met: true,
  },
  {
    name: `overview at that scale: first chart (median, cold)`,
    figure: `${scale.firstChartMs.toFixed(0)} ms`,
    goal: "–",
    met: null,
  },
  {
    name: `overview at that scale: report selector to redrawn figures (median)`,
    figure: `${scale.selectorResponseMs.toFixed(0)} ms`,
    goal: "≤ 500 ms (interactive)",
    met: scale.selectorResponseMs <= 500,
  },
  {
    name: `trends page at that scale: chart drawn (median, cold)`,
    figure: `${scale.trendChartMs.toFixed(0)} ms`,
    goal: "–",
    met: null,
  },
);

console.log(`fazhi benchmarks, ${new Date().toISOString().slice(0, 10)}, on ${describeMachine()}\n`);
console.log(formatTable(rows));
