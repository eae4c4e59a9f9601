import {describe, expect, it} from "vitest";
import {listReports} from "../../src/components/report-page.ts";
import {FIXTURE_TABLES, openNodeDuckDB} from "../dom/duckdb-node.ts";

// Opening DuckDB-WASM itself needs a browser's worker: the browser tests open every page with it.
describe("listReports", () => {
  it("lists the reports newest first, then by body, saying which are invented", async () => {
    const db = await openNodeDuckDB();
    db.run(FIXTURE_TABLES);
    expect((await listReports(db)).map((r) => [r.body, r.year, r.synthetic])).toEqual([
      ["dl", 2024, 0],
      ["sy", 2024, 1],
      ["dl", 2023, 0],
    ]);
  });
});
