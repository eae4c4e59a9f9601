import {element} from "./dom.ts";

/**
 * A report's text, readable, paragraph by paragraph, with one span marked:
 * the sentence a figure was read from. The text goes in as text, never as
 * HTML, whatever it holds. Returns the element and the mark, to scroll to.
 */
export function reportText(
  text: string,
  highlight?: {start: number; end: number},
): {node: HTMLElement; mark: HTMLElement | null} {
  const node = element("div", "report-text");
  node.setAttribute("lang", "zh-CN");
  let mark: HTMLElement | null = null;
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.trim() === "") continue;
    const p = element("p", "");
    p.dataset.start = String(start);
    if (highlight && highlight.start < end && highlight.end > start) {
      const from = Math.max(highlight.start, start) - start;
      const to = Math.min(highlight.end, end) - start;
      mark = element("mark", "", line.slice(from, to));
      p.append(line.slice(0, from), mark, line.slice(to));
    } else {
      p.append(line);
    }
    node.append(p);
  }
  return {node, mark};
}
