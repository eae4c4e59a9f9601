import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {BENCHMARK_PAGES, dropBenchmarkPages} from "../../src/build/benchmark-pages.ts";

function builtSite(): string {
  const site = mkdtempSync(join(tmpdir(), "fazhi-benchmark-pages-"));
  mkdirSync(join(site, "benchmarks"));
  writeFileSync(join(site, "benchmarks", "baseline.html"), "<h1>基准对照页</h1>");
  writeFileSync(join(site, "index.html"), "<h1>总览</h1>");
  return site;
}

describe("dropBenchmarkPages", () => {
  it("removes the benchmark pages from a published build, and nothing else", async () => {
    const site = builtSite();
    await dropBenchmarkPages(site, {});
    expect(existsSync(join(site, "benchmarks"))).toBe(false);
    expect(existsSync(join(site, "index.html"))).toBe(true);
  });

  it("keeps them in a benchmark build", async () => {
    const site = builtSite();
    await dropBenchmarkPages(site, {[BENCHMARK_PAGES]: "1"});
    expect(existsSync(join(site, "benchmarks", "baseline.html"))).toBe(true);
  });
});
