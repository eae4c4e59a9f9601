import * as CFB from "cfb";
import {InputError} from "../extract/input-error.ts";
import {blocksToText, type Block} from "./blocks.ts";

/** The File Information Block's identifier of a Word 97–2003 document. */
const WORD_IDENT = 0xa5ec;
/** The first version of the Word 97 format: Word 6 and 95 files are laid out otherwise. */
const WORD_97 = 0xc1;
const ENCRYPTED = 0x0100;
const TABLE_1 = 0x0200;
/** fcClx is the 34th offset–length pair of FibRgFcLcb97. */
const CLX_PAIR = 33;

/**
 * The text of a Word 97–2003 document (.doc): the main text's characters in
 * order through the piece table, paragraphs as lines, tables as rows (see
 * `blocks.ts`), field codes left out and their results kept, pictures and
 * footnote marks dropped. Headers, footers and footnotes follow the main text
 * in the file and are not read. An encrypted file, a Word 95 or older file,
 * or a compound file that holds no Word document is refused with one line.
 */
export function docText(bytes: Uint8Array): string {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, {type: "buffer"});
  } catch {
    throw new InputError("文件损坏：无法作为 Word 97–2003 文档（.doc）打开");
  }
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : undefined;
  };
  const word = stream("WordDocument");
  if (!word) throw new InputError(notWord(container));
  const fib = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (word.length < 0x200 || fib.getUint16(0, true) !== WORD_IDENT) {
    throw new InputError("文件损坏：Word 97–2003 文档（.doc）的文件头不完整");
  }
  if (fib.getUint16(2, true) < WORD_97) throw new InputError("Word 95 或更早版本的 .doc 暂不支持，请另存为 .docx");
  const flags = fib.getUint16(0x0a, true);
  if (flags & ENCRYPTED) throw new InputError("Word 文件有密码保护（已加密），无法读取");
  const table = stream(flags & TABLE_1 ? "1Table" : "0Table");
  if (!table) throw new InputError("文件损坏：Word 97–2003 文档（.doc）缺少表格流");

  try {
    return readText(fib, word, table);
  } catch (error) {
    // A count or offset in a damaged file that points past its end: a damaged file, not a crash.
    if (error instanceof RangeError) throw new InputError("文件损坏：.doc 的文件头或文字索引指向文件之外");
    throw error;
  }
}

/** The text, from the File Information Block's counts and offsets; a RangeError when they point outside the streams. */
function readText(fib: DataView, word: Uint8Array, table: Uint8Array): string {
  // FibBase (32 bytes), then the counted arrays of shorts and longs, then the offset–length pairs.
  const csw = fib.getUint16(32, true);
  const longs = 32 + 2 + csw * 2 + 2;
  const cslw = fib.getUint16(longs - 2, true);
  const ccpText = fib.getInt32(longs + 12, true);
  const pairs = longs + cslw * 4 + 2;
  const fcClx = fib.getUint32(pairs + CLX_PAIR * 8, true);
  const lcbClx = fib.getUint32(pairs + CLX_PAIR * 8 + 4, true);
  if (fcClx + lcbClx > table.length || ccpText < 0) throw new InputError("文件损坏：.doc 的文字索引超出文件");
  const chars = mainText(word, table.subarray(fcClx, fcClx + lcbClx), ccpText);
  const text = blocksToText(wordBlocks(chars));
  if (text.trim() === "") throw new InputError("Word 文件中没有正文文字");
  return text;
}

/** What an OLE2 file that holds no Word document is. */
function notWord(container: CFB.CFB$Container): string {
  const has = (name: string) => CFB.find(container, name) !== null;
  if (has("EncryptedPackage") || has("EncryptionInfo")) return "文件有密码保护（已加密），无法读取";
  if (has("Workbook") || has("Book")) return "不是 Word 文档，而是 Excel 表格（.xls）";
  if (has("PowerPoint Document")) return "不是 Word 文档，而是 PowerPoint 演示文稿（.ppt）";
  return "不是 Word 文档：这个 OLE 复合文件中没有 Word 正文";
}

/** The main document's characters: the first `ccpText` of the pieces the piece table lists, in order. */
function mainText(word: Uint8Array, clx: Uint8Array, ccpText: number): string {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  // Formatting runs (Prc, 0x01) may come before the piece table (Pcdt, 0x02).
  while (at < clx.length && clx[at] === 0x01) {
    const size = view.getInt16(at + 1, true);
    // A negative size would step back, and a damaged file could loop here for ever.
    if (size < 0) throw new InputError("文件损坏：.doc 的文字索引不完整");
    at += 3 + size;
  }
  if (clx[at] !== 0x02 || at + 5 > clx.length) throw new InputError("文件损坏：.doc 的文字索引不完整");
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  const pieces = (lcb - 4) / 12;
  if (!Number.isInteger(pieces) || plc + lcb > clx.length) throw new InputError("文件损坏：.doc 的文字索引不完整");
  const utf16 = new TextDecoder("utf-16le");
  const latin = new TextDecoder("windows-1252");
  const out: string[] = [];
  let total = 0;
  for (let i = 0; i < pieces && total < ccpText; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = view.getUint32(plc + (i + 1) * 4, true);
    const fcRaw = view.getUint32(plc + (pieces + 1) * 4 + i * 8 + 2, true);
    const count = Math.min(cpEnd - cpStart, ccpText - total);
    if (count <= 0) continue;
    // Pieces of only Western characters are stored one byte each, at half the offset.
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = fcRaw & 0x3fffffff;
    const start = compressed ? fc / 2 : fc;
    const end = start + count * (compressed ? 1 : 2);
    if (end > word.length) throw new InputError("文件损坏：.doc 的文字超出文件");
    out.push((compressed ? latin : utf16).decode(word.subarray(start, end)));
    total += count;
  }
  return out.join("");
}

/**
 * Word's special characters read into paragraphs and tables: 0x0D ends a
 * paragraph, 0x07 a table cell, and 0x07 right after a cell's end the row;
 * 0x13…0x14…0x15 is a field whose code (before 0x14) is dropped and whose
 * result is kept. An empty cell reads like a row's end: the binary format
 * tells them apart only in paragraph properties this reader does not parse.
 */
export function wordBlocks(chars: string): Block[] {
  const blocks: Block[] = [];
  let line: string[] = [];
  let rows: string[][] | null = null;
  let row: string[] = [];
  let cellLines: string[] = [];
  let cellEnded = false;
  // Per open field: whether its code is still being read.
  const fields: boolean[] = [];
  const endTable = () => {
    if (row.length) rows!.push(row);
    if (rows?.length) blocks.push({kind: "table", rows});
    rows = null;
    row = [];
  };
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (code === 0x13) {
      fields.push(true);
      continue;
    }
    if (code === 0x14) {
      if (fields.length) fields[fields.length - 1] = false;
      continue;
    }
    if (code === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.includes(true)) continue;
    switch (code) {
      case 0x07: {
        if (cellEnded && line.length === 0 && cellLines.length === 0) {
          rows!.push(row);
          row = [];
          cellEnded = false;
          continue;
        }
        rows ??= [];
        row.push([...cellLines, line.join("")].join("\n"));
        cellLines = [];
        line = [];
        cellEnded = true;
        continue;
      }
      case 0x0d:
        if (rows && row.length) {
          // A paragraph inside a cell: the cell goes on.
          cellLines.push(line.join(""));
        } else {
          if (rows) endTable();
          blocks.push({kind: "paragraph", text: line.join("")});
        }
        line = [];
        cellEnded = false;
        continue;
      case 0x0b:
      case 0x0c:
        line.push("\n");
        continue;
      case 0x09:
        line.push(" ");
        continue;
      case 0x1e:
        line.push("-");
        continue;
      // Pictures, drawn objects, footnote and comment marks, optional hyphens: nothing a reader reads.
      case 0x01:
      case 0x02:
      case 0x03:
      case 0x04:
      case 0x05:
      case 0x08:
      case 0x1f:
        continue;
      default:
        line.push(c);
    }
  }
  if (rows) endTable();
  if (line.length) blocks.push({kind: "paragraph", text: line.join("")});
  return blocks;
}
