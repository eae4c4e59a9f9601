// `npm run bench`: measures, prints one table. Synthetic inputs only; nothing here is published.
import {benchExtraction} from "./extract.ts";
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

console.log(`fazhi benchmarks, ${new Date().toISOString().slice(0, 10)}, on ${describeMachine()}\n`);
console.log(formatTable(rows));
