import {describe, expect, it} from "vitest";
import {categorySumNote, powerListCategories} from "../../src/components/power-list-categories.ts";
import {FACT} from "./charts-fixture.ts";

const category = (name: string, value: number, chosen: boolean | null = true) => ({
  ...FACT,
  metric: "power_list.category",
  category: name,
  value,
  unit: "项",
  qualifier: "exact" as const,
  raw: `${name}${value}项`,
  chosen,
});

describe("powerListCategories", () => {
  it("takes the chosen categories, largest first and ties by name as DuckDB sorts, each with its share", () => {
    const rows = powerListCategories([
      category("乙", 30),
      category("甲", 30),
      category("丙", 40),
      category("丁", 99, false),
      FACT,
    ]);
    expect(rows.map((r) => [r.category, r.value, r.share])).toEqual([
      ["丙", 40, 0.4],
      ["乙", 30, 0.3],
      ["甲", 30, 0.3],
    ]);
    expect(powerListCategories([])).toEqual([]);
  });
});

describe("categorySumNote", () => {
  it("says whether the categories add up to the report's sub-items", () => {
    expect(categorySumNote(100, undefined)).toBe("各类之和");
    expect(categorySumNote(100, {...FACT, value: 100})).toBe("各类之和，与子项总数一致");
    expect(categorySumNote(100, {...FACT, value: 99})).toBe("各类之和，与子项总数99项不一致");
  });
});
