import {copyFileSync, mkdirSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {join} from "node:path";
import * as esbuild from "esbuild";
import type {Browser} from "playwright-core";
import {openWatchedPage} from "../harness/chromium.ts";
import {serveStatic} from "../harness/serve.ts";

export interface QueryStats {
  rows: number;
  engine: string;
  median: number;
  p95: number;
}

const require = createRequire(import.meta.url);

/**
 * Interactive queries at scale, in Chromium: a synthetic item-level power list
 * of 10 thousand to 1 million rows, grouped by category under a filter, by
 * DuckDB-WASM and by arquero, 30 queries each after warm-up.
 */
export async function benchQueries(browser: Browser): Promise<QueryStats[]> {
  const dir = join(tmpdir(), "fazhi-query-bench");
  mkdirSync(dir, {recursive: true});
  await esbuild.build({
    entryPoints: ["bench/browser/query-page.ts"],
    outfile: join(dir, "query-page.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
  });
  for (const file of ["duckdb-eh.wasm", "duckdb-browser-eh.worker.js"]) {
    copyFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${file}`), join(dir, file));
  }
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>查询基准（合成数据）</title><script type="module" src="./query-page.js"></script>`,
  );
  const {url, server} = await serveStatic(dir);
  try {
    const {page} = await openWatchedPage(browser);
    await page.goto(`${url}/`);
    return await page.evaluate<QueryStats[]>("window.fazhiQueryBench");
  } finally {
    server.close();
  }
}
