import {createHash} from "node:crypto";
import {availableParallelism} from "node:os";
import {readBodies} from "../src/corpus/bodies.ts";
import {extractInPool} from "../src/corpus/extract-pool.ts";
import {readMetrics} from "../src/corpus/metric-phrases.ts";
import {extractFile} from "../src/corpus/extract-file.ts";
import {listReports} from "../src/corpus/reports.ts";
import {indexCatalogue} from "../src/extract/catalogue-index.ts";
import type {Extraction} from "../src/model/extraction.ts";
import {median} from "./stats.ts";

export interface PoolResult {
  reports: number;
  threads: number;
  oneThreadSeconds: number;
  poolSeconds: number;
  /** Whether every extraction of the pool serialises to the same bytes as one thread's. */
  identical: boolean;
}

/**
 * Reading every report of a corpus on one thread and on every core (`extract-pool.ts`), alternately, `runs` times
 * each: the medians, and whether the two give the same extractions byte for byte.
 */
export function benchExtractionPool(dataDir: string, runs = 3): PoolResult {
  const files = listReports(dataDir);
  const metrics = readMetrics(dataDir);
  const kinds = new Map(readBodies(dataDir).map((b) => [b.id, b.kind]));
  const catalogue = indexCatalogue(metrics);
  const threads = availableParallelism();
  const one: number[] = [];
  const pool: number[] = [];
  let digests: string[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const single = files.map((file) => extractFile(file, catalogue, kinds.get(file.body)));
    one.push((performance.now() - start) / 1000);
    if (i === 0) digests = [digest(single)];
    start = performance.now();
    const pooled = extractInPool(files, metrics, kinds, threads);
    pool.push((performance.now() - start) / 1000);
    if (i === 0) digests.push(digest(pooled));
  }
  return {
    reports: files.length,
    threads,
    oneThreadSeconds: median(one),
    poolSeconds: median(pool),
    identical: digests[0] === digests[1],
  };
}

function digest(extractions: readonly Extraction[]): string {
  const hash = createHash("sha256");
  for (const extraction of extractions) hash.update(JSON.stringify(extraction));
  return hash.digest("hex");
}
