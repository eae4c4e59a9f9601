/** A paragraph of the decoded text: one line, with its offsets. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** The non-blank lines of a text, trimmed, with offsets into the text. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // Lines found with indexOf, not a pattern's matches: one object per paragraph, none per line read.
  for (let from = 0; from < text.length;) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({text: text.slice(start, end), start, end});
    from = to + 1;
  }
  return paragraphs;
}

/** What `trim` removes: white space and line ends. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

const SPACE = /\s/;
const SPACES = /\s+/g;

/**
 * Keeps the first occurrence of each paragraph. Reports copied from web pages
 * and e-mails often hold a paragraph, or the whole text, more than once; a
 * figure must be counted once however often it was pasted.
 */
export function dropRepeatedParagraphs(paragraphs: readonly Paragraph[]): {kept: Paragraph[]; removed: number} {
  const seen = new Set<string>();
  const kept: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    // Most paragraphs hold no space: they are their own key, with no copy made.
    const key = SPACE.test(paragraph.text) ? paragraph.text.replace(SPACES, "") : paragraph.text;
    // One lookup, not two: the set grows only when the key is new.
    const size = seen.size;
    if (seen.add(key).size === size) continue;
    kept.push(paragraph);
  }
  return {kept, removed: paragraphs.length - kept.length};
}
