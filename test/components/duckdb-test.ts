import {describe, expect, it} from "vitest";
import {queryRows, queryTyped} from "../../src/components/duckdb.ts";
import {openNodeDuckDB} from "../dom/duckdb-node.ts";

describe("queryRows", () => {
  it("gives plain objects, with DuckDB's 64-bit integers as numbers", async () => {
    const db = await openNodeDuckDB();
    const rows = await queryRows(db, `SELECT count(*) AS n, 'a' AS s FROM range(3)`);
    expect(rows).toEqual([{n: 3, s: "a"}]);
    expect(typeof rows[0]!.n).toBe("number");
    expect(await queryTyped<{x: number}>(db, "SELECT 2 AS x")).toEqual([{x: 2}]);
  });
});
