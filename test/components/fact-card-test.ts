import {describe, expect, it} from "vitest";
import {factCard} from "../../src/components/fact-card.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {FACT} from "./charts-fixture.ts";

useDom();

describe("factCard", () => {
  it("shows the chosen figure of the metric", () => {
    expectSnapshot("fact-card", factCard([FACT], "study.sessions", "学习次数"));
  });

  it("shows every figure and chooses none when the report's figures disagree, and says when there is none", () => {
    const conflicting = [
      {...FACT, chosen: false},
      {...FACT, value: 45, raw: "45次", chosen: false},
    ];
    expect(factCard(conflicting, "study.sessions", "学习次数").textContent).toContain("45");
    expect(factCard([], "study.sessions", "学习次数").textContent).toContain("学习次数");
    expect(factCard([FACT], "study.groups", "学习次数").textContent).not.toContain("40");
  });

  it("says when the report gave the figure in words (全部办结 read as 100%), not as a number", () => {
    const words = {
      ...FACT,
      metric: "enterprise.demands_resolved_share",
      value: 100,
      unit: "%",
      qualifier: "exact" as const,
      raw: "企业诉求全部办结",
    };
    const card = factCard([words], "enterprise.demands_resolved_share", "企业诉求办结率");
    expect(card.textContent).toContain("报告未写数字，由“企业诉求全部办结”读作100%");
    expect(factCard([FACT], "study.sessions", "学习次数").textContent).not.toContain("报告未写数字");
  });
});
