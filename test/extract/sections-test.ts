import {describe, expect, it} from "vitest";
import {splitParagraphs} from "../../src/extract/paragraphs.ts";
import {sectionLabels} from "../../src/extract/sections.ts";

describe("sectionLabels", () => {
  it("labels each paragraph with its part and section, brackets written half-width", () => {
    const text = "引言。\n一、成效\n（一）学习\n正文甲。\n(二)依法行政\n正文乙。\n二、计划\n正文丙。";
    expect(sectionLabels(splitParagraphs(text))).toEqual([
      "",
      "一、",
      "一、(一)",
      "一、(一)",
      "一、(二)",
      "一、(二)",
      "二、",
      "二、",
    ]);
  });
});
