/**
 * A document's body as its readers find it: paragraphs and tables, in order.
 * Word files and PDFs are read into these, then into the one text the
 * extractor reads and the site publishes (`blocksToText`).
 */
export type Block = {kind: "paragraph"; text: string} | {kind: "table"; rows: string[][]};

/** Between the cells of a row: a space wide enough to read as one in Chinese text, and no punctuation a label would take in. */
export const CELL_SEPARATOR = "\u3000";

/** Punctuation that already closes a row or a sentence. */
const CLOSED = /[。；;！？!?，,]$/;
/** A paragraph that introduces what follows (包括：): a table after it continues its sentence. */
const INTRODUCES = /[：:]$/;

/**
 * A table as one sentence the extractor reads like prose: each row's cells
 * joined by a wide space, rows by `，` (clauses of one sentence, so what the
 * sentence before the table names carries into every row), a `。` at the
 * end — a power list's rows 类别 | 事项数 become (the space is U+3000)
 * `类别 事项数，行政许可 155项，行政确认 26项，…。`. Empty cells
 * and rows are left out. Units written only in a header (事项数（项）) are not
 * carried into the cells.
 */
export function tableSentence(rows: readonly (readonly string[])[]): string {
  const lines = rows
    .map((row) =>
      row
        .map((cell) => cell.replace(/\s*\n\s*/g, CELL_SEPARATOR).trim())
        .filter((cell) => cell !== "")
        .join(CELL_SEPARATOR),
    )
    .filter((row) => row !== "");
  if (lines.length === 0) return "";
  return lines.map((row, i) => (CLOSED.test(row) ? row : row + (i === lines.length - 1 ? "。" : "，"))).join("");
}

/**
 * The blocks as text: one line per paragraph, blank ones dropped, each table
 * one line — appended to the paragraph before it when that paragraph
 * introduces it with a colon (共梳理权力事项1140项，包括：), so its rows are read
 * in the sentence that names what they count.
 */
export function blocksToText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    const text = block.kind === "paragraph" ? block.text.trim() : tableSentence(block.rows);
    if (text === "") continue;
    const last = lines.length - 1;
    if (block.kind === "table" && last >= 0 && INTRODUCES.test(lines[last]!)) lines[last] += text;
    else lines.push(text);
  }
  return lines.join("\n");
}
