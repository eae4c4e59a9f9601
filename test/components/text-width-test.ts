import {describe, expect, it} from "vitest";
import {textWidth} from "../../src/components/text-width.ts";

describe("textWidth", () => {
  it("counts a Chinese character as a square and a digit or letter as 0.6 of one", () => {
    expect(textWidth("行政处罚", 13)).toBe(52);
    expect(textWidth("92项", 10)).toBe(22);
    expect(textWidth("enforcement", 10)).toBeCloseTo(66);
  });
});
