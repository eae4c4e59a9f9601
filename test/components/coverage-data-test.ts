import {describe, expect, it} from "vitest";
import {coverageData} from "../../src/components/coverage-data.ts";
import {FIXTURE_TABLES, openNodeDuckDB} from "../dom/duckdb-node.ts";

describe("coverageData", () => {
  it("reads the catalogue in its order, the reports by body and year, and every fact", async () => {
    const db = await openNodeDuckDB();
    db.run(FIXTURE_TABLES);
    const {metrics, reports, facts} = await coverageData(db);
    expect(metrics.map((m) => m.metric)).toEqual(["power_list.items", "study.sessions"]);
    expect(reports.map((r) => `${r.body_zh}${r.year}`)).toEqual(["大连高新区2023", "大连高新区2024", "沈阳市2024"]);
    expect(facts).toHaveLength(7);
  });
});
