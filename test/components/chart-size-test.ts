import {describe, expect, it} from "vitest";
import {CHART_FONT_SIZE, PRINT_WIDTH, chartWidth} from "../../src/components/chart-size.ts";

describe("chartWidth", () => {
  it("draws a chart no wider than A4's text, so print never shrinks its 12 px labels below 9 pt", () => {
    expect(chartWidth(1200)).toBe(PRINT_WIDTH);
    expect(chartWidth(360)).toBe(360);
    // 210 mm − 2 × 14 mm at 96 px per inch.
    expect(PRINT_WIDTH).toBe(Math.round(((210 - 28) / 25.4) * 96));
    expect((CHART_FONT_SIZE * 72) / 96).toBe(9);
  });
});
