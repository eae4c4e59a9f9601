import {rm} from "node:fs/promises";
import {join} from "node:path";

/** The environment variable that keeps the benchmark pages in a built site: `npm run bench` sets it. */
export const BENCHMARK_PAGES = "FAZHI_BENCHMARK_PAGES";

/** Where the benchmark pages are, in the source root and in the built site alike. */
export const BENCHMARK_FOLDER = "benchmarks";

/**
 * Benchmark pages (`docs/benchmarks/`) are developers' measuring tools, not
 * pages for the office: Framework builds every page in its root, so they
 * are removed from the built site unless the benchmark build asks for them.
 */
export async function dropBenchmarkPages(site: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env[BENCHMARK_PAGES] === "1") return;
  await rm(join(site, BENCHMARK_FOLDER), {recursive: true, force: true});
}
