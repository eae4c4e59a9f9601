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

/**
 * Extraction throughput on synthetic report text of each size, on one core:
 * the median of fifteen runs at 1 MiB, five at 10 MiB and three at 100 MiB
 * (a single run is mostly noise on a shared machine, whose speed drifts by a
 * fifth from one minute to the next).
 */
export function benchExtraction(sizesMB: readonly number[] = [1, 10, 100]): ThroughputResult[] {
  // Let the JIT compile the extractor first, as it has in any run longer than a moment.
  extractText(syntheticReportText(MB), {body: "synthetic", year: 2024});
  return sizesMB.map((megabytes) => {
    const text = syntheticReportText(megabytes * MB);
    const seconds: number[] = [];
    let facts = 0;
    const runs = Math.max(3, Math.min(15, Math.round(50 / megabytes)));
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      facts = extractText(text, {body: "synthetic", year: 2024}).facts.length;
      seconds.push((performance.now() - start) / 1000);
    }
    const medianSeconds = median(seconds);
    return {megabytes, medianSeconds, megabytesPerSecond: megabytes / medianSeconds, facts};
  });
}
