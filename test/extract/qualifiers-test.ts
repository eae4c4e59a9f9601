import {describe, expect, it} from "vitest";
import {combineQualifiers, qualifierAfter, qualifierBefore, qualifierBetween} from "../../src/extract/qualifiers.ts";

describe("qualifiers", () => {
  it("reads the longest word before a number, so 不超过 is not 超过", () => {
    expect(qualifierBefore("累计不超过")).toEqual({qualifier: "at_most", length: 3});
    expect(qualifierBefore("累计超过")).toEqual({qualifier: "more_than", length: 2});
    expect(qualifierBefore("共")).toBeUndefined();
  });

  it("reads words between number and unit, and after the unit", () => {
    expect(qualifierBetween("余")).toBe("more_than");
    expect(qualifierAfter("以上，")).toEqual({qualifier: "at_least", length: 2});
    expect(qualifierAfter("，")).toBeUndefined();
  });

  it("combines to the looser bound, exact when none is given", () => {
    expect(combineQualifiers()).toBe("exact");
    expect(combineQualifiers(undefined, "more_than")).toBe("more_than");
    expect(combineQualifiers("approx", "at_least")).toBe("approx");
  });
});
