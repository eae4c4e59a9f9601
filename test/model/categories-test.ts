import {describe, expect, it} from "vitest";
import {CATEGORY_SPELLINGS, POWER_CATEGORIES, canonicalCategory} from "../../src/model/categories.ts";

describe("power list categories", () => {
  it("are the eleven canonical names", () => {
    expect(POWER_CATEGORIES).toHaveLength(11);
    expect(new Set(POWER_CATEGORIES).size).toBe(11);
  });

  it("map 其它行政权力 to 其他行政权力 and reject what is not a category", () => {
    expect(canonicalCategory("其它行政权力")).toBe("其他行政权力");
    expect(canonicalCategory("行政许可")).toBe("行政许可");
    expect(canonicalCategory("行政")).toBeUndefined();
  });

  it("list spellings longest first, so a regex prefers the full name", () => {
    const lengths = CATEGORY_SPELLINGS.map((s) => s.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(CATEGORY_SPELLINGS).toContain("其它行政权力");
  });
});
