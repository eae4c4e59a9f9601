import {extractText} from "../src/extract/report.ts";
import {median} from "./stats.ts";
import {syntheticReportText} from "./synthetic-text.ts";

const MB = 1024 * 1024;

export interface ThroughputResult {
  megabytes: number;
  medianSeconds: number;
  megabytesPerSecond: number;
  facts: number;
}

/** Extraction throughput on synthetic report text of each size, median of `runs` runs (two at 100 MiB), on one core. */
export function benchExtraction(sizesMB: readonly number[] = [1, 10, 100], runs = 3): ThroughputResult[] {
  // Let the JIT compile the extractor first, as it has in any run longer than a moment.
  extractText(syntheticReportText(MB), {body: "synthetic", year: 2024});
  return sizesMB.map((megabytes) => {
    const text = syntheticReportText(megabytes * MB);
    const seconds: number[] = [];
    let facts = 0;
    for (let i = 0; i < (megabytes >= 100 ? Math.min(runs, 2) : runs); i++) {
      const start = performance.now();
      facts = extractText(text, {body: "synthetic", year: 2024}).facts.length;
      seconds.push((performance.now() - start) / 1000);
    }
    const medianSeconds = median(seconds);
    return {megabytes, medianSeconds, megabytesPerSecond: megabytes / medianSeconds, facts};
  });
}
