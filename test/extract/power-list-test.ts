import {describe, expect, it} from "vitest";
import {splitParagraphs} from "../../src/extract/paragraphs.ts";
import {extractPowerList} from "../../src/extract/power-list.ts";

const facts = (text: string) => {
  const found = extractPowerList(splitParagraphs(text));
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.raw);
  return found.map(({metric, category, value}) => [metric, category, value]);
};

describe("extractPowerList", () => {
  it("reads the total, the sub-items in brackets, and each category", () => {
    expect(facts("共梳理权力事项1140(子项2173)项,包括行政许可155项、其它行政权力92项、公共服务4项。")).toEqual([
      ["power_list.items", null, 1140],
      ["power_list.subitems", null, 2173],
      ["power_list.category", "行政许可", 155],
      ["power_list.category", "其他行政权力", 92],
      ["power_list.category", "公共服务", 4],
    ]);
  });

  it("accepts full-width brackets, spaces, thousands separators and other names for the total", () => {
    expect(facts("梳理行政职权 2,356 项（子项 3，001 项），其中行政处罚 1,200 项。")).toEqual([
      ["power_list.items", null, 2356],
      ["power_list.subitems", null, 3001],
      ["power_list.category", "行政处罚", 1200],
    ]);
    expect(facts("权责事项88项。")).toEqual([["power_list.items", null, 88]]);
  });

  it("finds nothing where there is no power list", () => {
    expect(facts("行政执法人员能力水平还需进一步提高。")).toEqual([]);
  });
});
