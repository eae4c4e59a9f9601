import {describe, expect, it} from "vitest";
import {CHART_FONT_SIZE} from "../../src/components/chart-size.ts";
import {shareSlope, shareSlopeCaption} from "../../src/components/share-slope.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

const shares = [
  {year: 2023, category: "行政处罚", value: 1600, share: 80, synthetic: 0},
  {year: 2023, category: "行政许可", value: 400, share: 20, synthetic: 0},
  {year: 2024, category: "行政处罚", value: 1719, share: 89.583, synthetic: 0},
  {year: 2024, category: "行政许可", value: 200, share: 10.417, synthetic: 0},
  {year: 2024, category: "其他", value: 1, share: 0.052, synthetic: 0},
];

describe("shareSlope", () => {
  it("draws each category's share per year on a log scale, the latest year's written", () => {
    expectSnapshot("share-slope", shareSlope(shares, {width: 700}));
  });

  it("writes the axis name below the tick labels, clear of the 100% tick that ends the axis", () => {
    const chart = shareSlope(shares, {width: 700});
    const offset = (label: string) => {
      const group = chart.querySelector(`g[aria-label="${label}"]`);
      const text = group?.querySelector("text");
      const y = (el: Element | null | undefined) =>
        Number(/translate\([^,]+,([^)]+)\)/.exec(el?.getAttribute("transform") ?? "")?.[1]);
      return y(group) + y(text);
    };
    // Tick labels hang from their offset (0.71em) and are 12 px tall; the axis name stands on its offset.
    const tickBottom = offset("x-axis tick label") + CHART_FONT_SIZE;
    const nameTop = offset("x-axis label") - CHART_FONT_SIZE;
    expect(Number.isFinite(tickBottom) && Number.isFinite(nameTop)).toBe(true);
    expect(nameTop).toBeGreaterThanOrEqual(tickBottom);
  });

  it("says when the body has no categories", () => {
    expectSnapshot("share-slope-empty", shareSlope([]));
  });
});

describe("shareSlopeCaption", () => {
  it("names the years compared, or asks for another year", () => {
    expect(shareSlopeCaption(shares)).toContain("各类在2023、2024年权责清单中的占比");
    expect(shareSlopeCaption(shares.slice(2))).toBe("只有2024年的分类数据，补充其他年份的报告后显示变化。");
    expect(shareSlopeCaption([])).toContain("只有—年");
  });
});
