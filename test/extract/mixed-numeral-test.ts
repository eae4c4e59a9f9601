import {describe, expect, it} from "vitest";
import {parseMixedNumeral} from "../../src/extract/mixed-numeral.ts";

describe("parseMixedNumeral", () => {
  it("reads digits with Chinese units as a careful reader does", () => {
    expect(parseMixedNumeral("3千5百")).toBe(3500);
    expect(parseMixedNumeral("1万2千")).toBe(12000);
    expect(parseMixedNumeral("2千")).toBe(2000);
    expect(parseMixedNumeral("1.5万")).toBe(15000);
  });

  it("refuses what can be read two ways or not at all", () => {
    expect(parseMixedNumeral("1万2")).toBeUndefined();
    expect(parseMixedNumeral("5百3千")).toBeUndefined();
    expect(parseMixedNumeral("")).toBe(0);
  });
});
