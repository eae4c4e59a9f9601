import type {PdfItem, PdfPage} from "./pdf-items.ts";

/** A line of a page: its pieces joined left to right. */
export interface PdfLine {
  text: string;
  /** Left and right ends, baseline, font size (PDF units). */
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Headers and footers stand in the page's top and bottom tenth. */
const EDGE = 0.1;
/** How many lines at each end of a page may be a header or a footer. */
const EDGE_LINES = 2;
/** A line that is only a page number: 3, - 3 -, — 3 —, 3/12, 第3页, 第 3 页 共 12 页, Page 3 of 12. */
const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|\d{1,4}\s*[/／]\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;
const CLOSES = /[。！？；：.!?;:]$/;
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/**
 * Radicals some CJK fonts map their glyphs to, in place of the characters
 * they draw: a PDF printed with such a font has 文 as ⽂ (U+2F42) in its text
 * layer — the same glyph, another character, so 行政 would never be found.
 * Kangxi radicals (U+2F00–U+2FD5) decompose to the characters; the simplified
 * radicals of the supplement (U+2E80–U+2EF3), and the door radical that
 * simplified fonts draw 户 with, are listed here.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  // The Kangxi radical of 戶 is also the glyph simplified fonts draw 户 with.
  "⼾": "户",
  "⺠": "民",
  "⺟": "母",
  "⺢": "水",
  "⺮": "竹",
  "⺶": "羊",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻉": "贝",
  "⻋": "车",
  "⻓": "长",
  "⻔": "门",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻧": "卤",
  "⻨": "麦",
  "⻩": "黄",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
  "⻏": "阝",
  "⻖": "阝",
};

/** The characters a radical glyph stands for; every other character as it is (full-width and half-width forms kept). */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2ef3\u2f00-\u2fd5]/g, (c) => RADICAL_SUPPLEMENT[c] ?? c.normalize("NFKC"));
}

/** A page's pieces as lines, top to bottom, each read left to right. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((item) => item.text.trim() !== "" || item.text === " ");
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const item of items) {
    const line = lines[lines.length - 1];
    // On the same line when the baselines are within half a line of each other.
    if (line && Math.abs(line[0]!.y - item.y) < Math.max(line[0]!.size, item.size) * 0.5) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let text = "";
      let end = -Infinity;
      for (const item of line) {
        // A visible gap between two Latin words is a space; wide characters are set without one.
        if (text && item.x - end > item.size * 0.25 && !WIDE.test(text.at(-1)!) && !WIDE.test(item.text[0]!)) {
          if (!text.endsWith(" ") && !item.text.startsWith(" ")) text += " ";
        }
        text += item.text;
        end = Math.max(end, item.x + item.width);
      }
      const size = Math.max(...line.map((item) => item.size));
      return {text: unifyRadicals(text).trim(), left: line[0]!.x, right: end, y: line[0]!.y, size};
    })
    .filter((line) => line.text !== "");
}

/** A line's shape with its numbers blanked: the same header on every page, with the page's number or date. */
const shape = (text: string) => text.replace(/\d+/g, "#").replace(/\s+/g, "");

/**
 * The pages' lines without their headers and footers: a line among the first
 * or last two of a page, in its top or bottom tenth, that is a page number,
 * or that has the same shape (numbers aside) on at least half the pages.
 */
export function bodyLines(pages: readonly PdfPage[]): PdfLine[][] {
  const laid = pages.map(pageLines);
  const edgeOf = (page: number, line: PdfLine, index: number, count: number) => {
    const height = pages[page]!.height;
    const top = index < EDGE_LINES && line.y > height * (1 - EDGE);
    const bottom = index >= count - EDGE_LINES && line.y < height * EDGE;
    return top || bottom;
  };
  const seen = new Map<string, Set<number>>();
  laid.forEach((lines, page) =>
    lines.forEach((line, i) => {
      if (!edgeOf(page, line, i, lines.length)) return;
      const key = shape(line.text);
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(page);
    }),
  );
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  return laid.map((lines, page) =>
    lines.filter(
      (line, i) =>
        !edgeOf(page, line, i, lines.length) ||
        !(PAGE_NUMBER.test(line.text) || (seen.get(shape(line.text))?.size ?? 0) >= repeated),
    ),
  );
}

/**
 * The body's lines as paragraphs: a line that reaches the right margin runs
 * on into the next one (also across a page break) unless the next is
 * indented; a short line, or one followed by an indented line, ends its
 * paragraph. A line that does not close a sentence may stop a few characters
 * short of the margin (line breaking keeps 办” together) and still run on. Lines are joined with nothing between wide characters and a
 * space between Latin words.
 */
export function paragraphs(pages: readonly PdfLine[][]): string[] {
  const lines = pages.flat();
  if (lines.length === 0) return [];
  const left = mode(lines.map((line) => Math.round(line.left)));
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  // Near the widest, not the widest: one line set wider than the rest (a URL, a table) does not move the margin.
  const right = rights[Math.ceil((rights.length - 1) * 0.9)]!;
  const out: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    // Line breaking keeps a closing quote with the character before it, so a line mid-sentence may stop up to
    // three characters short of the margin; one that closes a sentence must reach it.
    const reach = CLOSES.test(previous.text) ? 1.5 : 4;
    const full = previous.right >= right - previous.size * reach;
    const indented = line.left > left + line.size * 0.8;
    if (full && !indented) {
      current += LATIN_END.test(current) && LATIN_START.test(line.text) ? ` ${line.text}` : line.text;
    } else {
      out.push(current);
      current = line.text;
    }
  }
  out.push(current);
  return out;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0]!;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > counts.get(best)!) best = value;
  }
  return best;
}
