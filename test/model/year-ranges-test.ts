import {describe, expect, it} from "vitest";
import {rangeYears, yearRanges} from "../../src/model/year-ranges.ts";

describe("yearRanges", () => {
  it("writes runs of years oldest first, a lone year alone", () => {
    expect(yearRanges([2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015])).toBe("2015-2024");
    expect(yearRanges([2026, 2019, 2021, 2020, 2019])).toBe("2019-2021,2026");
    expect(yearRanges([2024])).toBe("2024");
    expect(yearRanges([])).toBe("");
  });

  it("reads back exactly the years written", () => {
    for (const years of [[], [2024], [2015, 2016, 2017, 2020, 2022, 2023], [1999, 2001, 2003]]) {
      expect(rangeYears(yearRanges(years))).toEqual(years);
    }
  });
});
