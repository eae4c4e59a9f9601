import {htmlToText, isHtmlDocument} from "./html-text.ts";
import {commonShare} from "./common-chars.ts";
import {InputError} from "./input-error.ts";

/**
 * Decodes a report's bytes. Reports arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM from Windows tools, or GB18030/GBK from older systems.
 * Line endings are normalised to LF, because offsets are quoted against the
 * decoded text and a CR would make them differ between copies of one report.
 * A report saved as a web page is read as its visible text (see `html-text.ts`).
 */
export function decodeReport(bytes: Uint8Array): string {
  const text = decodeText(bytes);
  if (text.trim() === "") throw new InputError("文件里只有空白，没有文字");
  if (!isHtmlDocument(text)) return text;
  const visible = htmlToText(text);
  if (visible === "") throw new InputError("网页里没有可显示的文字：请另存报告正文");
  return visible;
}

/**
 * A text file's bytes as text, in whichever encoding they are (see
 * `decodeReport`), line ends as LF. The curated CSV files are read this way
 * too: Excel on a Chinese Windows PC saves them as GB18030.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError("文件是空的");
  return normaliseNewlines(decodeBytes(bytes));
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    try {
      return strict("utf-8", body);
    } catch (error) {
      const damaged = damagedUtf8(body);
      if (damaged === undefined) throw error;
      return damaged;
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return utf16;
  if (looksBinary(bytes)) throw new InputError("文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件");
  try {
    return strict("utf-8", bytes);
  } catch {
    const damaged = damagedUtf8(bytes);
    if (damaged !== undefined) return damaged;
    // Not UTF-8: GB18030 is a superset of GBK and GB2312, the encodings of Chinese Windows.
    const text = strict("gb18030", bytes, NEITHER);
    if (!/[\u4e00-\u9fff]/.test(text)) throw new InputError(NEITHER);
    return misread(text) ? big5(bytes) : text;
  }
}

/**
 * UTF-8 text with a few bytes that are not UTF-8: read as GB18030 it would be nonsense. A character cut off at the
 * very end (a file truncated mid-character) is dropped and the text read, the check of a whole last sentence then
 * saying it was cut; bad bytes inside it are refused, naming where the first stands. Undefined for text that is not
 * mostly UTF-8.
 */
function damagedUtf8(bytes: Uint8Array): string | undefined {
  const loose = new TextDecoder("utf-8").decode(bytes);
  const bad = loose.split("\ufffd").length - 1;
  const {share, chinese} = commonShare(loose);
  if (bad > 3 || chinese < 20 || share < 0.1) return undefined;
  for (let cut = 1; cut <= 3; cut++) {
    try {
      return new TextDecoder("utf-8", {fatal: true}).decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      // Not a character cut off at the end: try one byte more, then give up.
    }
  }
  const at = Buffer.byteLength(loose.slice(0, loose.indexOf("\ufffd")));
  throw new InputError(
    `文件是 UTF-8 文本，但有 ${bad} 处不是 UTF-8 的字节（第一处在第 ${at} 字节）：文件可能已损坏，请从原件重新另存为 UTF-8 文本`,
  );
}

/** Text whose Chinese characters are almost all rare: bytes of another encoding, read as GB18030. */
function misread(text: string): boolean {
  const {share, chinese} = commonShare(text);
  return chinese >= 20 && share < 0.05;
}

/** Bytes of traditional-character text from Taiwan or Hong Kong tools, read as Big5 when they read as words there. */
function big5(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("big5", {fatal: true}).decode(bytes);
  } catch {
    throw new InputError(UNKNOWN);
  }
  if (misread(text)) throw new InputError(UNKNOWN);
  return text;
}

const UNKNOWN = "文件读作 GB18030 或 Big5 都不成文字（编码无法识别）：请另存为 UTF-8 文本";

const NEITHER = "文件既不是 UTF-8 也不是 GB18030 编码的文本：请另存为 UTF-8 文本";

function strict(
  encoding: string,
  bytes: Uint8Array,
  problem = `文件的 ${encoding.toUpperCase()} 编码有误：请另存为 UTF-8 文本`,
): string {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes);
  } catch {
    throw new InputError(problem);
  }
}

/**
 * UTF-16 saved without a BOM (some export tools do): every digit, Latin
 * letter, space and line end has a zero byte, always on the same side of
 * each pair — the odd bytes for little-endian, the even ones for big-endian —
 * while a binary file has zeros on both sides alike. Such a file is read as
 * UTF-16 when it decodes strictly to text without control characters;
 * otherwise null, and it is judged as any other file.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length % 2 !== 0) return null;
  const head = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // Zeros mostly on one side: a character such as 一 (U+4E00) puts one on the other. A strict decode decides the rest.
  const [major, minor] = odd > even ? [odd, even] : [even, odd];
  if (major < 2 || major < 4 * minor) return null;
  const encoding = odd > even ? "utf-16le" : "utf-16be";
  let text: string;
  try {
    text = new TextDecoder(encoding, {fatal: true}).decode(bytes);
  } catch {
    return null;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !TEXT_CONTROLS.has(code)) return null;
  }
  return text;
}

/** Controls text holds: tab, line feed, vertical tab (Word's manual line break), form feed, CR, and ESC. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/** NUL bytes and other C0 controls do not occur in text; a PNG or a Word file has them in its first kilobyte. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (const b of head) if (b < 0x20 && !TEXT_CONTROLS.has(b)) return true;
  return false;
}

/**
 * Every line end becomes LF: CRLF and CR, the vertical tab Word writes for a
 * manual line break (Shift+Enter), and Unicode's line and paragraph
 * separators.
 */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?|[\v\u2028\u2029]/g, "\n");
}
