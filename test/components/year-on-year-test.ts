import {describe, expect, it} from "vitest";
import type {TrendFigure} from "../../src/components/trend-queries.ts";
import {yearOnYear} from "../../src/components/year-on-year.ts";

const point = (body: string, year: number, value: number, extra: Partial<TrendFigure> = {}): TrendFigure => ({
  body,
  body_zh: body === "dl" ? "大连高新区" : "沈阳市",
  year,
  value,
  unit: "项",
  qualifier: "exact",
  raw: `${value}项`,
  start: 0,
  end: 4,
  synthetic: 0,
  ...extra,
});

describe("yearOnYear", () => {
  it("sets each figure beside the year before, with the change and its rate", () => {
    const rows = yearOnYear([point("dl", 2023, 2000), point("dl", 2024, 2173), point("sy", 2024, 3000)]);
    expect(rows).toEqual([
      {单位: "大连高新区", 年份: 2024, 数值: "2173项", 上年: "2000项", 变化: "+173项", 变化率: "+8.7%", 说明: ""},
    ]);
  });

  it("gives no row across a missing year, and notes approximate and invented figures", () => {
    const points = [
      point("dl", 2021, 100),
      point("dl", 2023, 90, {qualifier: "approx"}),
      point("dl", 2024, 80, {synthetic: 1}),
    ];
    expect(yearOnYear(points)).toEqual([
      {
        单位: "大连高新区",
        年份: 2024,
        数值: "80项",
        上年: "约90项",
        变化: "-10项",
        变化率: "-11.1%",
        说明: "含约数，变化仅供参考；含测试用虚构数据",
      },
    ]);
  });

  it("keeps only the bodies asked for, and has no rate from zero", () => {
    const points = [point("dl", 2023, 0), point("dl", 2024, 5), point("sy", 2023, 1), point("sy", 2024, 2)];
    expect(yearOnYear(points, new Set(["dl"])).map((r) => r.变化率)).toEqual(["–"]);
  });
});
