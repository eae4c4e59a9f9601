import {describe, expect, it} from "vitest";
import {autoChart} from "../../src/components/auto-chart.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {CATEGORIES} from "./charts-fixture.ts";

useDom();

describe("autoChart", () => {
  it("draws sorted bars for a text column and a number", () => {
    expectSnapshot("auto-chart-bars", autoChart(CATEGORIES, {width: 600})!);
  });

  it("draws a line per series for years and a number", () => {
    const rows = [
      {year: 2022, value: 10, body: "a"},
      {year: 2023, value: 12, body: "a"},
      {year: 2023, value: 7, body: "b"},
    ];
    expectSnapshot("auto-chart-years", autoChart(rows, {width: 600})!);
  });

  it("draws nothing for results of another shape, or none", () => {
    expect(autoChart([])).toBeNull();
    expect(autoChart([{a: "x", b: "y"}])).toBeNull();
  });
});
