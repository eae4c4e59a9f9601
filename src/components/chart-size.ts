/**
 * A4's text width in CSS pixels (210 mm less two 14 mm margins): the widest a
 * chart is drawn, so that printing never scales it down and its labels keep
 * their size on paper.
 */
export const PRINT_WIDTH = 688;

/** Type size of chart labels, in pixels: 12 px prints at 9 pt. */
export const CHART_FONT_SIZE = 12;

/** The style every chart gives Plot, whose own 10 px labels would print at 7.5 pt. */
export const CHART_STYLE = {fontSize: `${CHART_FONT_SIZE}px`} as const;

/** The width to draw a chart at in a box of the given width. */
export function chartWidth(available: number): number {
  return Math.min(available, PRINT_WIDTH);
}
