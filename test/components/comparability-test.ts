import {describe, expect, it} from "vitest";
import {basisNote, categoryBasis, comparabilityNote} from "../../src/components/comparability.ts";

describe("comparabilityNote", () => {
  const ours = {body_kind: "national-hitech-zone", year: 2024, qualifier: "exact"};

  it("is empty for a figure of the same kind of body, year and precision", () => {
    expect(comparabilityNote(ours, {body_kind: "national-hitech-zone", year: 2024, qualifier: "exact"})).toBe("");
  });

  it("names each reason a figure cannot be read directly against ours", () => {
    expect(comparabilityNote(ours, {body_kind: "city", year: 2021, qualifier: "more_than"})).toBe(
      "口径不同：市与国家高新区；年份不同：2021年与2024年；含约数或范围",
    );
  });

  it("says when one body's categories count sub-items and the other's items", () => {
    const dalian = [
      {metric: "power_list.items", value: 1140},
      {metric: "power_list.subitems", value: 2173},
      {metric: "power_list.category", category: "行政处罚", value: 1719},
      {metric: "power_list.category", category: "其他", value: 454},
    ];
    const liaoning = [
      {metric: "power_list.items", value: 1928},
      {metric: "power_list.category", category: "行政处罚", value: 702},
      {metric: "power_list.category", category: "其他", value: 1226},
    ];
    expect(categoryBasis(dalian)).toEqual({basis: "子项", total: 2173});
    expect(categoryBasis(liaoning)).toEqual({basis: "事项", total: 1928});
    expect(basisNote(categoryBasis(dalian), categoryBasis(liaoning))).toBe(
      "分类计数不同：本报告按子项（合计2173项），对方按事项（合计1928项）",
    );
    expect(basisNote(categoryBasis(dalian), categoryBasis(dalian))).toBe("");
    expect(categoryBasis([{metric: "power_list.category", category: "行政许可", value: 3}])).toBeUndefined();
  });
});
