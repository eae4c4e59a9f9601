/**
 * Colours that survive colour blindness and greyscale printing: one hue for
 * quantities (length carries the value, labels carry the number), and for
 * ordered states a ramp from light to dark that stays ordered in grey.
 */
export const PALETTE = {
  bar: "#2b5c9e",
  selected: "#c8501e",
  muted: "#9aa5b1",
  status: {planned: "#d0d7e1", in_progress: "#6f94c4", done: "#1f3d66"},
} as const;
