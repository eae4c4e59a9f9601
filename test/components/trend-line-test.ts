import {describe, it} from "vitest";
import {trendLine} from "../../src/components/trend-line.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("trendLine", () => {
  it("draws a line per series and leaves a missing year a gap", () => {
    const data = [
      {year: 2020, value: 1800, series: "大连高新区"},
      {year: 2021, value: 1900, series: "大连高新区"},
      {year: 2023, value: 2173, series: "大连高新区"},
      {year: 2021, value: 3000, series: "沈阳市"},
      {year: 2022, value: 3100, series: "沈阳市"},
    ];
    expectSnapshot("trend-line", trendLine(data, {width: 700, unit: "项", label: "权力事项趋势"}));
  });

  it("with many series, draws the others grey and names only the highlighted one", () => {
    const data = Array.from({length: 10}, (_, i) => [
      {year: 2022, value: 100 + i * 10, series: `单位${i}`},
      {year: 2023, value: 120 + i * 10, series: `单位${i}`},
    ]).flat();
    expectSnapshot("trend-line-crowded", trendLine(data, {width: 700, unit: "项", highlight: "单位3"}));
  });
});
