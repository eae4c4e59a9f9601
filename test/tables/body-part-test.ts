import {describe, expect, it} from "vitest";
import {bodyPart, FACT_PARTS, factPartName} from "../../src/tables/body-part.ts";

describe("bodyPart", () => {
  it("gives a body the same file on every build", () => {
    expect(bodyPart("dalian-hitech")).toBe(bodyPart("dalian-hitech"));
    expect(bodyPart("dalian-hitech", 1)).toBe(0);
  });

  it("spreads 3,000 bodies over the files within half of the mean either way", () => {
    const counts = new Array<number>(FACT_PARTS).fill(0);
    for (let b = 1; b <= 3000; b++) counts[bodyPart(`syn-${String(b).padStart(4, "0")}`)]!++;
    const mean = 3000 / FACT_PARTS;
    expect(Math.min(...counts)).toBeGreaterThan(mean / 2);
    expect(Math.max(...counts)).toBeLessThan(mean * 1.5);
  });

  it("names the files as the site attaches them", () => {
    expect(factPartName(0)).toBe("facts-000.arrow");
    expect(factPartName(127)).toBe("facts-127.arrow");
  });
});
