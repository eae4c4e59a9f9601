/**
 * About how wide a label is drawn at a type size, in pixels: a Chinese
 * character is a square, a digit or a Latin letter some 0.6 of one. Enough to
 * choose a margin or whether a label fits, without measuring in a DOM.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const c of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? fontSize : fontSize * 0.6;
  return width;
}
