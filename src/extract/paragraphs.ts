/** A paragraph of the decoded text: one line, with its offsets. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** The non-blank lines of a text, trimmed, with offsets into the text. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === "") continue;
    const start = match.index + lead;
    paragraphs.push({text: body, start, end: start + body.length});
  }
  return paragraphs;
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
