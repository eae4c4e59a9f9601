import {describe, expect, it} from "vitest";
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

  it("writes a single year's figures out, qualifiers kept, rather than an axis from zero around one dot", () => {
    const data = [{year: 2024, value: 40, series: "大连高新区", qualifier: "approx" as const}];
    const node = trendLine(data, {width: 700, unit: "次", label: "学习次数趋势"});
    expect(node.querySelector("svg")).toBeNull();
    expect(node.textContent).toBe("大连高新区 · 2024年：约40次");
  });

  it("labels each point with its qualifier", () => {
    const data = [
      {year: 2023, value: 30, series: "大连高新区"},
      {year: 2024, value: 40, series: "大连高新区", qualifier: "approx" as const},
    ];
    const labels = [...trendLine(data, {width: 700, unit: "次"}).querySelectorAll("g[aria-label='text'] text")];
    expect(labels.map((t) => t.textContent)).toEqual(["30次", "约40次"]);
  });

  it("with many series, draws the others grey and names only the highlighted one", () => {
    const data = Array.from({length: 10}, (_, i) => [
      {year: 2022, value: 100 + i * 10, series: `单位${i}`},
      {year: 2023, value: 120 + i * 10, series: `单位${i}`},
    ]).flat();
    expectSnapshot("trend-line-crowded", trendLine(data, {width: 700, unit: "项", highlight: "单位3"}));
  });
});
