import {describe, expect, it} from "vitest";
import {powerListTable} from "../../src/tables/power-list.ts";
import {extractAll} from "../../src/corpus/reports.ts";

describe("powerListTable", () => {
  const rows = powerListTable(extractAll())
    .toArray()
    .map((row) => row.toJSON())
    .filter((row) => row.body === "dalian-hitech" && row.year === 2024);

  it("holds the seed's totals and its eleven categories, which sum to the sub-items", () => {
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value;
    expect(value("power_list.items")).toBe(1140);
    expect(value("power_list.subitems")).toBe(2173);
    const categories = rows.filter((r) => r.metric === "power_list.category");
    expect(categories).toHaveLength(11);
    expect(categories.reduce((sum, r) => sum + r.value, 0)).toBe(2173);
  });

  it("keeps each figure's source fragment and offsets", () => {
    expect(rows.find((r) => r.category === "行政裁决")).toMatchObject({
      value: 1,
      raw: "行政裁决1项",
      qualifier: "exact",
    });
  });
});
