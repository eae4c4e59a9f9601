import {describe, expect, it} from "vitest";
import {factTableRows, topicFactRows, withSentences} from "../../src/components/fact-rows.ts";
import type {PublishedFact} from "../../src/components/report-queries.ts";
import {FACT} from "./charts-fixture.ts";

const fact: PublishedFact = {
  ...FACT,
  label: "学习次数",
  topic: "study",
  section: "二、",
  sentence_start: 2,
  sentence_end: 8,
};

describe("factTableRows", () => {
  it("writes the figure with its qualifier, and marks one not chosen", () => {
    const [chosen, other] = factTableRows([fact, {...fact, chosen: false}]);
    expect([chosen!.数值, chosen!.限定, other!.数值]).toEqual(["约40次", "约数", "约40次（未采用）"]);
  });
});

describe("topicFactRows", () => {
  it("keeps one topic's facts, each carrying its row for the link", () => {
    expect(topicFactRows([fact, {...fact, topic: "services"}], "study")).toEqual([
      {指标: "学习次数", 类别: "", 数值: 40, 单位: "次", 限定: "约数", 原文: "近40次", 出处: fact},
    ]);
  });
});

describe("withSentences", () => {
  it("cuts each fact's sentence from the report text", () => {
    expect(withSentences([fact], "一、全年学习近40次。")[0]!.sentence).toBe("全年学习近4");
  });
});
