import {spawnSync} from "node:child_process";
import {appendFileSync, cpSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {BENCHMARK_PAGES} from "../src/build/benchmark-pages.ts";

export interface BuildTimes {
  coldSeconds: number;
  incrementalSeconds: number;
}

/**
 * `npm run build` from nothing (no loader cache, no bundled packages), then
 * again after one report changed. Runs on a copy of `data/`, so the project's
 * files are never touched, into an output folder of its own.
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
      stdio: "ignore",
    });
    if (result.status !== 0) throw new Error("the build failed");
    return (performance.now() - start) / 1000;
  };
  const coldSeconds = build();
  appendFileSync(join(data, "reports", "dalian-hitech", "2024.txt"), "\n");
  const incrementalSeconds = build();
  return {coldSeconds, incrementalSeconds};
}
