import {describe, it} from "vitest";
import {conflictKpiCard, kpiCard, missingKpiCard} from "../../src/components/kpi-card.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {SPAN} from "./charts-fixture.ts";

useDom();

describe("kpiCard", () => {
  it("shows the figure with its qualifier, unit, source text and link", () => {
    expectSnapshot(
      "kpi-card",
      kpiCard({label: "学习次数", value: 40, unit: "次", qualifier: "approx", raw: "近40次", source: SPAN}),
    );
  });

  it("shows a range as a range", () => {
    expectSnapshot(
      "kpi-card-range",
      kpiCard({label: "培训", value: 10, high: 20, unit: "次", qualifier: "range", raw: "10至20次"}),
    );
  });

  it("says when the report does not give the figure, or gives several", () => {
    expectSnapshot("kpi-card-missing", missingKpiCard("惠及企业"));
    const figures = [
      {...SPAN, value: 2173, unit: "项", qualifier: "exact" as const, raw: "2173项"},
      {...SPAN, start: 30, end: 35, value: 2137, unit: "项", qualifier: "exact" as const, raw: "2137项"},
    ];
    expectSnapshot("kpi-card-conflict", conflictKpiCard("权力事项", figures));
  });
});
