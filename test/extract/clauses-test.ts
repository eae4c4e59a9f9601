import {describe, expect, it} from "vitest";
import {clauseAround, sentenceAround} from "../../src/extract/clauses.ts";

describe("clauseAround", () => {
  it("stops at commas and full stops but not at 、", () => {
    const text = "梳理事项，包括行政许可155项、行政确认26项，并公布。";
    const start = text.indexOf("26");
    expect(clauseAround(text, start, start + 3)).toEqual({before: "包括行政许可155项、行政确认", after: ""});
  });
});

describe("sentenceAround", () => {
  it("gives the sentence with its closing mark", () => {
    const text = "第一句。第二句有12项，还有。第三句";
    const start = text.indexOf("12");
    const {start: s, end: e} = sentenceAround(text, start, start + 3);
    expect(text.slice(s, e)).toBe("第二句有12项，还有。");
    expect(sentenceAround(text, 15, 16)).toEqual({start: 15, end: text.length});
  });
});
