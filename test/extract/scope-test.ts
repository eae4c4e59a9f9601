import {describe, expect, it} from "vitest";
import {speaksOfHigherLevel} from "../../src/extract/scope.ts";
import {levelOfKind} from "../../src/model/scopes.ts";

const DISTRICT = levelOfKind("district")!;
const higher = (text: string, level = DISTRICT) => speaksOfHigherLevel(text, 0, text.length, level);

describe("speaksOfHigherLevel", () => {
  it("reads the whole of a higher level at the start of a clause, a time before it allowed", () => {
    expect(higher("全市共受理行政复议申请")).toBe(true);
    expect(higher("2024年，全省各级行政机关共办理行政处罚案件")).toBe(true);
    expect(higher("去年全市办理")).toBe(true);
    expect(higher("全区共受理行政复议申请")).toBe(false);
    expect(higher("全县共有人民调解组织", levelOfKind("town"))).toBe(true);
  });

  it("lets the last clause's scope decide", () => {
    expect(higher("全市共受理3,215件，全区共受理")).toBe(false);
    expect(higher("全区共受理52件，占全市")).toBe(false);
  });

  it("does not take a comparison or another word for a scope", () => {
    expect(higher("在全市率先建立复议调解中心，全年共受理")).toBe(false);
    expect(higher("办理数量居全市首位，共受理")).toBe(false);
    expect(higher("全市场主体")).toBe(false);
  });
});

describe("levelOfKind", () => {
  it("ranks governments from the province down, and gives a department none", () => {
    const levels = ["province", "city", "district", "county", "national-hitech-zone", "town"].map(levelOfKind);
    expect(levels).toEqual([1, 2, 3, 3, 3, 4]);
    expect(levelOfKind("department")).toBeUndefined();
    expect(levelOfKind("constructor")).toBeUndefined();
    expect(levelOfKind(undefined)).toBeUndefined();
  });
});
