import {describe, expect, it} from "vitest";
import {dropRepeatedParagraphs, splitParagraphs} from "../../src/extract/paragraphs.ts";

describe("splitParagraphs", () => {
  it("gives trimmed non-blank lines with offsets into the text", () => {
    const text = "一、总体情况\n\n  全区共梳理权力事项12项。 \n";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(["一、总体情况", "全区共梳理权力事项12项。"]);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("trims what trim() trims, ideographic spaces and carriage returns included, and nothing else", () => {
    const text = "\u3000\u3000全区共梳理权力事项12项。\r\n\t\u00a0\r\n\u200b正文\ufeff\n\u3000";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(["全区共梳理权力事项12项。", "\u200b正文"]);
  });
});

describe("dropRepeatedParagraphs", () => {
  it("keeps the first of each paragraph and counts the rest, ignoring whitespace differences", () => {
    const paragraphs = splitParagraphs("甲段。\n乙段。\n甲 段。\n丙段。\n乙段。\n");
    const {kept, removed} = dropRepeatedParagraphs(paragraphs);
    expect(kept.map((p) => p.text)).toEqual(["甲段。", "乙段。", "丙段。"]);
    expect(kept[2]!.start).toBe(paragraphs[3]!.start);
    expect(removed).toBe(2);
  });
});
