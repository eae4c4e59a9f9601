import {unzipSync} from "fflate";
import {Parser} from "htmlparser2";
import {InputError} from "../extract/input-error.ts";
import {blocksToText, tableSentence, type Block} from "./blocks.ts";

/**
 * A part larger than this once unpacked is refused: Word's XML is some five times the text it holds, so a report
 * within the 64 MiB limit never needs more, and a zip that unpacks into gigabytes would take minutes and the heap.
 */
const MAX_PART_BYTES = 160 * 1024 * 1024;

/**
 * The text of a Word document (.docx, Office Open XML): the body's
 * paragraphs as lines and its tables as rows (see `blocks.ts`), as Word shows
 * them — runs joined wherever Word split them (often inside a number),
 * deleted revisions, field codes and hidden text left out, inserted
 * revisions and field results kept. Headers, footers (page numbers),
 * footnotes and comments are not the report's text and are not read.
 * Characters are kept as written: full-width and half-width forms alike.
 */
export function docxText(bytes: Uint8Array): string {
  const parts = unpack(bytes);
  const main = mainDocument(parts);
  if (main === undefined) throw new InputError(notWord(parts));
  const xml = parts[main];
  if (xml === undefined) throw new InputError(`Word 文件不完整：缺少正文部分 ${main}`);
  const text = blocksToText(bodyBlocks(new TextDecoder().decode(xml)));
  if (text.trim() === "") throw new InputError("Word 文件中没有正文文字");
  return text;
}

function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  let oversized: {name: string; size: number} | undefined;
  let parts: Record<string, Uint8Array>;
  try {
    // Only the parts that say what the file is and hold the body: a .docx full of images unpacks in no time.
    parts = unzipSync(bytes, {
      filter: (file) => {
        const wanted =
          file.name === "[Content_Types].xml" ||
          file.name === "mimetype" ||
          file.name.endsWith(".rels") ||
          /^word\/[^/]+\.xml$/.test(file.name) ||
          /^(?:xl|ppt)\/[^/]+\.xml$/.test(file.name);
        if (wanted && file.originalSize > MAX_PART_BYTES) oversized ??= {name: file.name, size: file.originalSize};
        return wanted && oversized === undefined;
      },
    });
  } catch {
    throw new InputError("文件损坏：zip 压缩包不完整或已损坏，无法打开");
  }
  if (oversized) {
    const mib = (oversized.size / 1024 / 1024).toFixed(0);
    throw new InputError(
      `Word 文件中的 ${oversized.name} 解压后有 ${mib} MiB，超过上限 ${MAX_PART_BYTES / 1024 / 1024} MiB：不像一份报告，请确认文件`,
    );
  }
  return parts;
}

/** The main document's part, from the package's relationships (Word names it word/document.xml; other tools may not). */
function mainDocument(parts: Record<string, Uint8Array>): string | undefined {
  const rels = parts["_rels/.rels"];
  if (rels === undefined) return undefined;
  const xml = new TextDecoder().decode(rels);
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (type.endsWith("/officeDocument") && target !== undefined) {
      const part = target.replace(/^\//, "");
      // An .xlsx or .pptx names its workbook or presentation here too.
      return part.startsWith("word/") || part.endsWith("document.xml") ? part : undefined;
    }
  }
  return undefined;
}

/** What a zip that is no Word document is, for the one line that refuses it. */
function notWord(parts: Record<string, Uint8Array>): string {
  const names = Object.keys(parts);
  if (names.some((name) => name.startsWith("xl/"))) return "不是 Word 文档，而是 Excel 表格（.xlsx）";
  if (names.some((name) => name.startsWith("ppt/"))) return "不是 Word 文档，而是 PowerPoint 演示文稿（.pptx）";
  const mimetype = parts.mimetype ? new TextDecoder().decode(parts.mimetype) : "";
  if (mimetype.includes("opendocument.text")) return "OpenDocument 文本（.odt）暂不支持，请另存为 .docx";
  return "是 zip 压缩包，但不是 Word 文档（.docx）";
}

/** One table being read: its rows, the row being read, the cell being read. */
interface OpenTable {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

/** The body's paragraphs and tables, in order. */
export function bodyBlocks(xml: string): Block[] {
  const blocks: Block[] = [];
  const tables: OpenTable[] = [];
  let paragraph: string[] | null = null;
  let inText = false;
  // Inside a part of the markup whose text is never shown: a fallback copy of a drawing, a deleted run, a field code.
  let skipDepth = 0;
  let runHidden = false;
  let inRunProperties = false;

  const endParagraph = (text: string) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(text);
    else blocks.push({kind: "paragraph", text});
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || name === "mc:Fallback" || name === "w:delText" || name === "w:instrText") {
          skipDepth++;
          return;
        }
        switch (name) {
          case "w:p":
            // A text box's paragraph inside a paragraph: the outer one's text so far is ended first.
            if (paragraph) endParagraph(paragraph.join(""));
            paragraph = [];
            break;
          case "w:tbl":
            tables.push({rows: [], row: null, cell: null});
            break;
          case "w:tr":
            if (tables.length) tables[tables.length - 1]!.row = [];
            break;
          case "w:tc":
            if (tables.length) tables[tables.length - 1]!.cell = [];
            break;
          case "w:r":
            runHidden = false;
            break;
          case "w:rPr":
            inRunProperties = true;
            break;
          case "w:vanish":
            if (inRunProperties && attribs["w:val"] !== "0" && attribs["w:val"] !== "false") runHidden = true;
            break;
          case "w:t":
            inText = true;
            break;
          case "w:tab":
            if (paragraph && !inRunProperties && !runHidden) paragraph.push(" ");
            break;
          case "w:br":
          case "w:cr":
            // A manual line break ends a line; a page or column break only moves the text.
            if (paragraph && !runHidden && (attribs["w:type"] ?? "textWrapping") === "textWrapping")
              paragraph.push("\n");
            break;
          case "w:noBreakHyphen":
            if (paragraph && !runHidden) paragraph.push("-");
            break;
        }
      },
      ontext(text) {
        if (inText && skipDepth === 0 && !runHidden && paragraph) paragraph.push(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        switch (name) {
          case "w:t":
            inText = false;
            break;
          case "w:rPr":
            inRunProperties = false;
            break;
          case "w:p":
            if (paragraph) endParagraph(paragraph.join(""));
            paragraph = null;
            break;
          case "w:tc": {
            const table = tables[tables.length - 1];
            if (table?.cell && table.row) table.row.push(table.cell.join("\n"));
            if (table) table.cell = null;
            break;
          }
          case "w:tr": {
            const table = tables[tables.length - 1];
            if (table?.row) table.rows.push(table.row);
            if (table) table.row = null;
            break;
          }
          case "w:tbl": {
            const table = tables.pop();
            if (!table) break;
            // A table inside a cell is read as a sentence of that cell.
            if (tables.length) endParagraph(tableSentence(table.rows));
            else blocks.push({kind: "table", rows: table.rows});
            break;
          }
        }
      },
    },
    {xmlMode: true, decodeEntities: true},
  );
  parser.end(xml);
  return blocks;
}
