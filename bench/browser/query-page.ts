// A benchmark page, bundled on its own (not part of the site): synthetic item-level power lists, queried
// in the browser by DuckDB-WASM and by arquero. Results are left in `window.fazhiQueryBench`.
import * as duckdb from "@duckdb/duckdb-wasm";
import * as aq from "arquero";
import {tableFromArrays, tableToIPC} from "@uwdata/flechette";
import {POWER_CATEGORIES} from "../../src/model/categories.ts";

const CATEGORIES = POWER_CATEGORIES;

interface Stats {
  rows: number;
  engine: string;
  median: number;
  p95: number;
}

/** Synthetic rows: body, year, department, category, item. Deterministic. */
function synthetic(rows: number): Uint8Array {
  let state = 7;
  const next = (n: number) => ((state = (state * 48271) % 2147483647), state % n);
  const body = new Array<string>(rows);
  const year = new Int32Array(rows);
  const department = new Array<string>(rows);
  const category = new Array<string>(rows);
  const item = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    body[i] = `syn-${next(3000)}`;
    year[i] = 2015 + next(10);
    department[i] = `部门${next(40)}`;
    category[i] = CATEGORIES[next(CATEGORIES.length)]!;
    item[i] = i;
  }
  return tableToIPC(tableFromArrays({body, year, department, category, item}), {format: "stream"})!;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

async function time(run: () => Promise<unknown> | unknown, repeat: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<Stats[]> {
  const worker = new Worker("./duckdb-browser-eh.worker.js");
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate("./duckdb-eh.wasm");
  const connection = await db.connect();
  const results: Stats[] = [];
  for (const rows of [10_000, 100_000, 1_000_000]) {
    const bytes = synthetic(rows);
    await connection.query("DROP TABLE IF EXISTS items");
    const table = aq.fromArrow(bytes);
    // DuckDB takes the buffer over to its worker (it is detached here), so it gets a copy.
    await connection.insertArrowFromIPCStream(bytes.slice(), {name: "items", create: true});
    const filters = Array.from({length: 30}, (_, i) => ({year: 2015 + (i % 10), department: `部门${(i * 7) % 40}`}));
    let k = 0;
    const sql = () => {
      const f = filters[k++ % filters.length]!;
      return connection.query(
        `SELECT category, count(*) AS n FROM items WHERE year = ${f.year} AND department = '${f.department}' GROUP BY category`,
      );
    };
    let j = 0;
    const arquero = () => {
      const f = filters[j++ % filters.length]!;
      return (
        table
          .params(f)
          // A string, not a function: arquero parses the expression's source, which a bundler may rewrite.
          .filter("d.year === $.year && d.department === $.department")
          .groupby("category")
          .count()
          .objects()
      );
    };
    await time(sql, 3); // warm-up
    await time(arquero, 3);
    for (const [engine, run] of [
      ["DuckDB-WASM", sql],
      ["arquero", arquero],
    ] as const) {
      const times = await time(run, 30);
      results.push({rows, engine, median: percentile(times, 50), p95: percentile(times, 95)});
    }
  }
  return results;
}

(window as unknown as {fazhiQueryBench: Promise<Stats[]>}).fazhiQueryBench = main();
