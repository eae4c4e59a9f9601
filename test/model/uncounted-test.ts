import {describe, expect, it} from "vitest";
import {UNCOUNTED_KINDS, uncountedNumbers} from "../../src/model/uncounted.ts";

describe("uncountedNumbers", () => {
  it("gives each number that counts nothing with the words it stands in", () => {
    const text = "第三批，十四五";
    expect(uncountedNumbers({kind: ["ordinal", "name"], start: [0, 4], end: [3, 7]}, text)).toEqual([
      {kind: "ordinal", raw: "第三批", start: 0, end: 3},
      {kind: "name", raw: "十四五", start: 4, end: 7},
    ]);
  });

  it("leaves every kind a page or a check reads among the figures", () => {
    for (const kind of ["quantity", "percent", "vague", "refused", "year", "date"] as const) {
      expect(UNCOUNTED_KINDS.has(kind)).toBe(false);
    }
  });
});
