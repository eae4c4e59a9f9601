import {describe, it} from "vitest";
import {coverageMatrix} from "../../src/components/coverage-matrix.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {FACT} from "./charts-fixture.ts";

useDom();

describe("coverageMatrix", () => {
  it("marks per metric and report whether it is given, given twice differently, or missing", () => {
    const metrics = [
      {metric: "study.sessions", label: "学习次数", unit: "次", area_label: "法治思想"},
      {metric: "study.groups", label: "中心组", unit: "个", area_label: "法治思想"},
      {metric: "power_list.items", label: "权力事项", unit: "项", area_label: "政府职能"},
    ];
    const reports = [
      {body: "dl", body_zh: "大连高新区", year: 2024},
      {body: "sy", body_zh: "沈阳市", year: 2024},
    ];
    const facts = [
      FACT,
      {
        ...FACT,
        metric: "power_list.items",
        value: 2173,
        unit: "项",
        qualifier: "exact" as const,
        raw: "2173项",
        chosen: false,
      },
      {
        ...FACT,
        metric: "power_list.items",
        value: 2137,
        unit: "项",
        qualifier: "exact" as const,
        raw: "2137项",
        chosen: false,
      },
      {...FACT, body: "sy", metric: "study.groups", value: 3, unit: "个", qualifier: "exact" as const, raw: "3个"},
    ];
    expectSnapshot("coverage-matrix", coverageMatrix(metrics, reports, facts));
  });
});
