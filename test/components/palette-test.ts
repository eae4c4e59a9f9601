import {describe, expect, it} from "vitest";
import {PALETTE} from "../../src/components/palette.ts";

const lightness = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
};

describe("PALETTE", () => {
  it("orders the statuses from light to dark, so that they stay ordered printed in grey", () => {
    const {planned, in_progress, done} = PALETTE.status;
    expect(lightness(planned)).toBeGreaterThan(lightness(in_progress));
    expect(lightness(in_progress)).toBeGreaterThan(lightness(done));
  });

  it("sets the highlight apart from the bars in grey as well as in hue", () => {
    expect(Math.abs(lightness(PALETTE.bar) - lightness(PALETTE.selected))).toBeGreaterThan(20);
  });
});
