import {describe, expect, it} from "vitest";
import {FRACTIONAL_UNITS, TIME_UNITS, UNITS, endsWord} from "../../src/extract/units.ts";

describe("units", () => {
  it("lists longer units before the shorter ones they start with", () => {
    expect(UNITS.indexOf("人次")).toBeLessThan(UNITS.indexOf("人"));
    expect(UNITS.indexOf("场次")).toBeLessThan(UNITS.indexOf("场"));
    expect(new Set(UNITS).size).toBe(UNITS.length);
  });

  it("knows a unit that, with the next character, is a word", () => {
    expect(endsWord("部", "署")).toBe(true);
    expect(endsWord("部", "门")).toBe(true);
    expect(endsWord("项", "目")).toBe(true);
    expect(endsWord("项", "，")).toBe(false);
    expect(endsWord("次", undefined)).toBe(false);
  });

  it("allows fractions for amounts and durations only", () => {
    expect(FRACTIONAL_UNITS.has("元")).toBe(true);
    expect(FRACTIONAL_UNITS.has("次")).toBe(false);
    for (const unit of TIME_UNITS) expect(FRACTIONAL_UNITS.has(unit)).toBe(true);
  });
});
