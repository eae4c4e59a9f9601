import {beforeAll, describe, expect, it} from "vitest";
import type {SqlConnection} from "../../src/components/duckdb.ts";
import {categoryShares, reportingBodies, trendFigures, trendMetrics} from "../../src/components/trend-queries.ts";
import {FIXTURE_TABLES, openNodeDuckDB} from "../dom/duckdb-node.ts";

let db: SqlConnection;
beforeAll(async () => {
  const duck = await openNodeDuckDB();
  duck.run(FIXTURE_TABLES);
  db = duck;
  // DuckDB-WASM compiles its module first: seconds on a busy machine.
}, 60_000);

describe("trend queries", () => {
  it("lists metrics given in most years first, and bodies by name", async () => {
    expect((await trendMetrics(db)).map((m) => [m.metric, m.years])).toEqual([
      ["power_list.items", 2],
      ["study.sessions", 1],
    ]);
    expect((await reportingBodies(db)).map((b) => b.body)).toHaveLength(2);
  });

  it("gives one figure per report and year, with the body's name and whether it is invented", async () => {
    const figures = await trendFigures(db, "power_list.items");
    expect(figures.map((f) => [f.body, f.year, f.value, f.synthetic])).toEqual([
      ["dl", 2023, 2000, 0],
      ["dl", 2024, 2173, 0],
      ["sy", 2024, 3100, 1],
    ]);
    expect(await trendFigures(db, "x' OR '1'='1")).toEqual([]);
  });

  it("gives each category's share of its year, in percent", async () => {
    const shares = await categoryShares(db, "dl");
    expect(shares.map((s) => [s.year, s.category, Math.round(s.share * 100) / 100])).toEqual([
      [2023, "行政处罚", 100],
      [2024, "行政处罚", 89.58],
      [2024, "行政许可", 10.42],
    ]);
  });
});
