import {describe, expect, it} from "vitest";
import {unmappedNumbersTable} from "../../src/tables/numbers.ts";
import {extractText} from "../../src/extract/report.ts";

describe("unmappedNumbersTable", () => {
  it("holds each figure no metric took, with the words that say what it counts, and the numbers not used", () => {
    const extraction = extractText(
      "2024年，主动公开政府信息1.26万条，刊发普法稿件460余篇，惠及数百家企业，开展检查-5次。",
      {
        body: "t",
        year: 2024,
      },
    );
    const rows = unmappedNumbersTable([extraction])
      .toArray()
      .map((r) => ({...r}));
    expect(rows.map((r) => [r.kind, r.label, r.raw, r.value, r.unit, r.qualifier])).toEqual([
      ["quantity", "刊发普法稿件", "460余篇", 460, "篇", "more_than"],
      ["vague", "", "数百家", 0, "", "exact"],
      ["refused", "", "-5次", -5, "次", "exact"],
    ]);
    expect(rows.every((r) => r.body === "t" && r.year === 2024)).toBe(true);
  });
});
