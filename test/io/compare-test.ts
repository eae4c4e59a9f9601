import {describe, expect, it} from "vitest";
import {compareText} from "../../src/io/compare.ts";

describe("compareText", () => {
  it("orders by code unit, whatever the machine's locale: aa after z, upper case first", () => {
    const words = ["zeta", "aa-body", "Ab", "ab", "ä", "b-2", "b-10", "行政许可", "其他", "z"];
    expect([...words].sort(compareText)).toEqual([...words].sort());
    expect(["aa", "z"].sort(compareText)).toEqual(["aa", "z"]);
    // The collation da_DK would give, which the data must never depend on.
    expect(["z", "aa"].sort((a, b) => a.localeCompare(b, "da"))).toEqual(["z", "aa"]);
  });

  it("is a consistent order: equal only for equal strings", () => {
    expect(compareText("甲", "甲")).toBe(0);
    expect(compareText("甲", "乙")).toBe(-compareText("乙", "甲"));
  });
});
