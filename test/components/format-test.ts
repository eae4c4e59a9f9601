import {describe, expect, it} from "vitest";
import {formatCount, formatShare} from "../../src/components/format.ts";

describe("formatCount", () => {
  it("writes integers as they are and decimals without trailing zeros", () => {
    expect(formatCount(2173)).toBe("2173");
    expect(formatCount(69.45)).toBe("69.45");
    expect(formatCount(70.5)).toBe("70.5");
  });
});

describe("formatShare", () => {
  it("gives one decimal, never rounds a non-zero share to 0.0%, and has no share of nothing", () => {
    expect(formatShare(1719, 2173)).toBe("79.1%");
    expect(formatShare(1, 2173)).toBe("<0.1%");
    expect(formatShare(0, 10)).toBe("0.0%");
    expect(formatShare(1, 0)).toBe("–");
  });
});
