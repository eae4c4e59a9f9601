import {spawnSync} from "node:child_process";
import {cpSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {BENCHMARK_PAGES} from "../src/build/benchmark-pages.ts";

export interface BuildTimes {
  coldSeconds: number;
  /** Median of three rebuilds, each after one figure of the report changed. */
  incrementalSeconds: number;
  /** How those rebuilds went: the line `fazhi build` printed about Framework (run or not). */
  incrementalWay: string;
}

/**
 * `npm run build` from nothing (no loader cache, no bundled packages), then
 * again after one report changed, three times. Runs on a copy of `data/`, so
 * the project's files are never touched, into an output folder of its own.
 */
export function benchBuild(): BuildTimes {
  const data = join(tmpdir(), "fazhi-build-bench-data");
  const output = join(tmpdir(), "fazhi-build-bench-site");
  rmSync(data, {recursive: true, force: true});
  cpSync("data", data, {recursive: true});
  rmSync("docs/.observablehq/cache", {recursive: true, force: true});
  rmSync("docs/_fazhi", {recursive: true, force: true});
  rmSync("docs/data/tables", {recursive: true, force: true});
  const build = () => {
    const start = performance.now();
    const result = spawnSync("npm", ["run", "-s", "build"], {
      env: {...process.env, FAZHI_DATA: data, FAZHI_OUTPUT: output, [BENCHMARK_PAGES]: "1"},
      stdio: ["ignore", "pipe", "ignore"],
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error("the build failed");
    const way = result.stdout.includes("只有报告的数据变了")
      ? "tables refreshed, Framework not run"
      : result.stdout.includes("完整构建")
        ? "Framework run"
        : "nothing rebuilt";
    return {seconds: (performance.now() - start) / 1000, way};
  };
  const coldSeconds = build().seconds;
  const report = join(data, "reports", "dalian-hitech", "2024.txt");
  const rebuilds = [1, 2, 3].map(() => {
    // A figure of the report changes, as when an analyst corrects one: the first count of times, one more.
    writeFileSync(
      report,
      readFileSync(report, "utf8").replace(/(\d+)次/, (_, n: string) => `${Number(n) + 1}次`),
    );
    return build();
  });
  const sorted = rebuilds.map((r) => r.seconds).sort((a, b) => a - b);
  return {
    coldSeconds,
    incrementalSeconds: sorted[1]!,
    incrementalWay: [...new Set(rebuilds.map((r) => r.way))].join(", "),
  };
}
