import {describe, expect, it} from "vitest";
import {allFactsTable} from "../../src/tables/facts.ts";
import {extractAll} from "../../src/corpus/reports.ts";

describe("allFactsTable", () => {
  it("publishes every fact of the seed, the qualifier kept beside the value", () => {
    const rows = allFactsTable(extractAll())
      .toArray()
      .map((row) => row.toJSON())
      .filter((row) => row.body === "dalian-hitech" && row.year === 2024);
    expect(rows).toHaveLength(22);
    expect(rows.find((r) => r.metric === "study.sessions")).toMatchObject({
      value: 40,
      qualifier: "approx",
      label: "学习研讨次数",
    });
    expect(rows.find((r) => r.metric === "enterprise.benefited")).toMatchObject({
      value: 500,
      qualifier: "approx",
      unit: "家",
    });
  });
});
