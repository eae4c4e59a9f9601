import {describe, expect, it} from "vitest";
import {downloads, serialise} from "../../src/components/downloads.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("downloads", () => {
  it("offers CSV when there are rows, Parquet when given, and SVG and PNG when there is a chart", () => {
    const rows = [{category: "行政处罚", value: 1719}];
    expectSnapshot(
      "downloads",
      downloads({
        rows,
        columns: ["category", "value"],
        filename: "分类",
        parquet: "./facts.parquet",
        chart: () => null,
      }),
    );
    expect(downloads({rows, columns: ["category"], filename: "分类"}).querySelectorAll("button")).toHaveLength(1);
  });

  it("is hidden when there is nothing to download, not a CSV of a header alone", () => {
    const empty = downloads({rows: [] as {value: number}[], columns: ["value"], filename: "同比"});
    expect(empty.hidden).toBe(true);
    expect(empty.querySelectorAll("button")).toHaveLength(0);
  });
});

describe("serialise", () => {
  it("writes a standalone SVG with its namespace", () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.append(document.createElementNS("http://www.w3.org/2000/svg", "rect"));
    expect(serialise(svg)).toContain('xmlns="http://www.w3.org/2000/svg"');
  });
});
