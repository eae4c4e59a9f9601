import {describe, expect, it} from "vitest";
import type {Fact} from "../../src/model/fact.ts";
import {droppedFigures, statedFigures} from "../../src/review/dropped-figures.ts";

function fact(metric: string, value: number, extra: Partial<Fact> = {}): Fact {
  return {
    metric,
    category: null,
    value,
    unit: "件",
    qualifier: "exact",
    raw: `${value}件`,
    start: 0,
    end: 1,
    section: "",
    topic: "outlook",
    sentence: `虚构句子${value}件。`,
    sentence_start: 0,
    sentence_end: 5,
    chosen: true,
    ...extra,
  } as Fact;
}

describe("droppedFigures", () => {
  it("lists last year's figures of metrics this year's report does not state, once each", () => {
    const last = [
      fact("litigation.loss_share", 8.3, {unit: "%"}),
      fact("litigation.cases", 12),
      fact("litigation.cases", 12, {chosen: false}),
    ];
    const now = [fact("litigation.cases", 15)];
    expect(droppedFigures(last, now).map((f) => [f.metric, f.value])).toEqual([["litigation.loss_share", 8.3]]);
  });

  it("counts a metric stated with figures that disagree as stated, and categories apart", () => {
    const last = [
      fact("a", 1),
      fact("power_list.category", 5, {category: "行政许可"}),
      fact("power_list.category", 6, {category: "行政处罚"}),
    ];
    const now = [
      fact("a", 2, {chosen: false}),
      fact("a", 3, {chosen: false}),
      fact("power_list.category", 5, {category: "行政许可"}),
    ];
    expect(droppedFigures(last, now).map((f) => f.category)).toEqual(["行政处罚"]);
  });

  it("keeps the qualifier: a dropped 近40 stays approximate", () => {
    expect(droppedFigures([fact("study.sessions", 40, {qualifier: "approx"})], [])[0]!.qualifier).toBe("approx");
  });
});

describe("statedFigures", () => {
  it("counts the metrics a report gives a chosen figure for", () => {
    expect(
      statedFigures([fact("a", 1), fact("a", 1, {chosen: false}), fact("b", 2), fact("c", 3, {chosen: false})]),
    ).toBe(2);
  });
});
