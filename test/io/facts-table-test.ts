import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractReport} from "../../src/extract/report.ts";
import {FACT_COLUMNS, factsTable} from "../../src/io/facts-table.ts";

describe("factsTable", () => {
  const extraction = extractReport(readFileSync("data/reports/dalian-hitech/2024.txt"), {
    body: "dalian-hitech",
    year: 2024,
  });

  it("gives each fact its body, year and Chinese label, in the published column order", () => {
    const table = factsTable([extraction]);
    expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(FACT_COLUMNS));
    expect(table.numRows).toBe(extraction.facts.length);
    expect(table.get(0)?.toJSON()).toMatchObject({
      body: "dalian-hitech",
      year: 2024,
      metric: "study.groups",
      label: "理论学习中心组",
    });
  });

  it("has the same columns when there are no facts, strings as plain strings", () => {
    // Dictionary-encoded when there are values; plain when there are none (see src/io/arrow.ts): both read as text.
    const plain = (type: string) => type.replace(/^Dictionary<Int\d+, Utf8>$/, "Utf8");
    expect(factsTable([]).schema.fields.map((f) => [f.name, String(f.type)])).toEqual(
      factsTable([extraction]).schema.fields.map((f) => [f.name, plain(String(f.type))]),
    );
  });

  it("keeps only the facts asked for", () => {
    const table = factsTable([extraction], (f) => f.metric === "power_list.category");
    expect(table.numRows).toBe(11);
    expect(new Set(table.getChild("metric")?.toArray())).toEqual(new Set(["power_list.category"]));
  });
});
