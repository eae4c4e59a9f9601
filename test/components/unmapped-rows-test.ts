import {describe, expect, it} from "vitest";
import type {UnmappedNumber} from "../../src/components/report-queries.ts";
import {unmappedRows} from "../../src/components/unmapped-rows.ts";

const number = (kind: UnmappedNumber["kind"]): UnmappedNumber => ({
  label: "培训",
  raw: "培训3000人次",
  value: 3000,
  value_high: null,
  unit: "人次",
  qualifier: "exact",
  kind,
  section: "二、",
  start: 0,
  end: 8,
});

describe("unmappedRows", () => {
  it("names each kind in Chinese and writes no value for a vague number", () => {
    expect(unmappedRows([number("quantity"), number("vague")])).toEqual([
      {所计对象: "培训", 原文: "培训3000人次", 数值: "3000人次", 类型: "数量", 章节: "二、"},
      {所计对象: "培训", 原文: "培训3000人次", 数值: "", 类型: "约数（无确切数值）", 章节: "二、"},
    ]);
  });
});
