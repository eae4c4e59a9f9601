import {describe, expect, it} from "vitest";
import {extractText} from "../../src/extract/report.ts";

const chosen = (text: string) =>
  extractText(text, {body: "t", year: 2024}).facts.map((f) => [f.metric, f.value, f.chosen]);

describe("chooseFacts: two figures for one metric", () => {
  it("takes the total the sub-items and categories belong to, not a count of changes", () => {
    expect(chosen("2024年，全区取消、下放权力事项35项，共梳理权力事项1140（子项2173）项。")).toEqual([
      ["power_list.items", 1140, true],
      ["power_list.subitems", 2173, true],
    ]);
    expect(chosen("2024年，权力事项1200项。梳理权力事项1140项，其中行政许可155项。")).toEqual([
      ["power_list.items", 1200, false],
      ["power_list.items", 1140, true],
      ["power_list.category", 155, true],
    ]);
  });

  it("takes a total stated as a total (共, 合计) over another", () => {
    expect(chosen("2024年，权力事项1140项。调整后权力事项共1098项。")).toEqual([
      ["power_list.items", 1140, false],
      ["power_list.items", 1098, true],
    ]);
  });

  it("keeps both of two different figures, chooses none, and warns with both sentences", () => {
    const {facts, checks} = extractText("2024年。全年开展行政检查120次。另开展行政检查80次。", {body: "t", year: 2024});
    expect(facts.map((f) => f.chosen)).toEqual([false, false]);
    const warning = checks.find((c) => c.id === "facts.conflicts")!;
    expect(warning.status).toBe("warn");
    expect(warning.message).toContain("行政检查120次");
    expect(warning.message).toContain("行政检查80次");
  });

  it("names the first three of many different figures and how many there are", () => {
    const text = ["2024年。", ...[120, 80, 60, 40, 20].map((n) => `开展行政检查${n}次。`)].join("");
    const warning = extractText(text, {body: "t", year: 2024}).checks.find((c) => c.id === "facts.conflicts")!;
    expect(warning.message).toContain("行政检查60次");
    expect(warning.message).not.toContain("行政检查40次");
    expect(warning.message).toContain("等5个数");
  });

  it("takes the first of figures that agree", () => {
    expect(chosen("2024年。开展行政检查120次。全年行政检查共120次。")).toEqual([
      ["enforcement.inspections", 120, true],
      ["enforcement.inspections", 120, false],
    ]);
  });
});
