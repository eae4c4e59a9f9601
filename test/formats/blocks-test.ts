import {describe, expect, it} from "vitest";
import {extractText} from "../../src/extract/report.ts";
import {blocksToText, tableSentence} from "../../src/formats/blocks.ts";

const power = [
  ["类别", "事项数"],
  ["行政许可", "155项"],
  ["行政处罚", "1719项"],
];

describe("tableSentence", () => {
  it("reads rows as clauses of one sentence, cells apart by a wide space", () => {
    expect(tableSentence(power)).toBe("类别　事项数，行政许可　155项，行政处罚　1719项。");
  });

  it("leaves out empty cells and rows, joins a cell's lines, and keeps a row's own closing punctuation", () => {
    expect(tableSentence([["", ""], ["甲", "", "一\n二"], ["完成。"]])).toBe("甲　一　二，完成。");
    expect(tableSentence([])).toBe("");
  });
});

describe("blocksToText", () => {
  it("appends a table to the paragraph that introduces it with a colon, otherwise gives it its own line", () => {
    const text = blocksToText([
      {kind: "paragraph", text: "共梳理权力事项1874项，包括："},
      {kind: "table", rows: power},
      {kind: "paragraph", text: "  "},
      {kind: "table", rows: [["序号", "事项"]]},
    ]);
    expect(text).toBe("共梳理权力事项1874项，包括：类别　事项数，行政许可　155项，行政处罚　1719项。\n序号　事项。");
  });

  it("gives text the extractor reads as the power list's categories", () => {
    const text = blocksToText([
      {kind: "paragraph", text: "共梳理权力事项1874项，包括："},
      {kind: "table", rows: power},
    ]);
    const {facts} = extractText(text, {body: "t", year: 2024});
    expect(facts.map((f) => [f.metric, f.category, f.value])).toEqual([
      ["power_list.items", null, 1874],
      ["power_list.category", "行政许可", 155],
      ["power_list.category", "行政处罚", 1719],
    ]);
  });
});
