import {describe, expect, it} from "vitest";
import {splitParagraphs} from "../../src/extract/paragraphs.ts";
import {sectionLabels, sectionsOf} from "../../src/extract/sections.ts";

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

describe("sectionsOf", () => {
  it("gives the heading of the innermost section, or of the part when the part has no sections", () => {
    const text = "一、主要成效\n（一）深入学习\n正文。\n二、2025年工作打算\n正文。";
    expect(sectionsOf(splitParagraphs(text)).map((s) => s.heading)).toEqual([
      "主要成效",
      "深入学习",
      "深入学习",
      "2025年工作打算",
      "2025年工作打算",
    ]);
  });

  it("gives each section its topic, one object shared by the section's paragraphs", () => {
    const text = "一、主要成效\n（一）推进依法行政\n正文甲。\n正文乙。\n（二）化解矛盾纠纷\n正文丙。";
    const sections = sectionsOf(splitParagraphs(text));
    expect(sections.map((s) => s.topic)).toEqual([
      "other",
      "enforcement",
      "enforcement",
      "enforcement",
      "grassroots",
      "grassroots",
    ]);
    expect(sections[2]).toBe(sections[3]);
    expect(sections[3]).not.toBe(sections[4]);
  });
});
