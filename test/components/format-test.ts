import {describe, expect, it} from "vitest";
import {formatChinese, formatCount, formatFigure, formatPercent, formatShare} from "../../src/components/format.ts";

describe("formatCount", () => {
  it("writes integers as they are and decimals without trailing zeros", () => {
    expect(formatCount(2173)).toBe("2173");
    expect(formatCount(69.45)).toBe("69.45");
    expect(formatCount(70.5)).toBe("70.5");
  });
});

describe("formatPercent", () => {
  it("writes a small percentage as formatShare does, so pages agree on 行政裁决", () => {
    expect(formatPercent((100 * 1) / 2173)).toBe("<0.1%");
    expect(formatPercent((100 * 1) / 2173)).toBe(formatShare(1, 2173));
    expect(formatPercent(79.12)).toBe("79.1%");
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

describe("formatChinese", () => {
  it("writes 万 and 亿 where they read better, and exact figures below 10000", () => {
    expect(formatChinese(2173)).toBe("2173");
    expect(formatChinese(12000)).toBe("1.2万");
    expect(formatChinese(15000)).toBe("1.5万");
    expect(formatChinese(1_000_000)).toBe("100万");
    expect(formatChinese(230_000_000)).toBe("2.3亿");
  });
});

describe("formatFigure", () => {
  it("puts the qualifier before the figure, so 近40 never reads as 40", () => {
    expect(formatFigure(40, "次", "approx")).toBe("约40次");
    expect(formatFigure(70, "%", "at_least")).toBe("不少于70%");
    expect(formatFigure(1140, "项")).toBe("1140项");
  });
});
