import {describe, expect, it} from "vitest";
import {trendBand, trendBandCaption} from "../../src/components/trend-band.ts";
import type {TrendFigure} from "../../src/components/trend-queries.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

const figure = (year: number, value: number, qualifier: TrendFigure["qualifier"] = "exact"): TrendFigure => ({
  body: "dl",
  body_zh: "大连高新区",
  year,
  value,
  unit: "项",
  qualifier,
  raw: `${value}项`,
  start: 0,
  end: 1,
  synthetic: null,
});

const summary = [
  {year: 2022, bodies: 3000, p25: 900, median: 1200, p75: 1500},
  {year: 2023, bodies: 2990, p25: 950, median: 1250, p75: 1550},
  {year: 2024, bodies: 3000, p25: 1000, median: 1300, p75: 1600},
];

describe("trendBand", () => {
  it("draws the bodies' middle half and median, and the chosen body's figures with a gap for a missing year", () => {
    const chart = trendBand(summary, [figure(2022, 1098), figure(2024, 1140, "approx")], {
      width: 700,
      unit: "项",
      label: "权力事项趋势",
      name: "大连高新区",
    });
    expect(chart.getAttribute("aria-description")).toContain("大连高新区 2024年 约1140项");
    expect(chart.getAttribute("aria-description")).toContain("2023年 2990个单位：中位数 1250项");
    expect(chart.textContent).toContain("约1140项");
    expectSnapshot("trend-band", chart);
  });

  it("writes a single year's figure out rather than drawing a band around one point", () => {
    const node = trendBand(summary.slice(0, 1), [figure(2022, 40, "approx")], {unit: "次", name: "大连高新区"});
    expect(node.querySelector("svg")).toBeNull();
    expect(node.textContent).toBe("大连高新区 · 2022年：约40项");
  });

  it("says in words what the band and lines are", () => {
    expect(trendBandCaption("大连高新区", 3000)).toBe(
      "灰色带为全部 3000 个单位每年数值居中的一半（第25至第75百分位），灰线为中位数；橙线为大连高新区。",
    );
  });
});
