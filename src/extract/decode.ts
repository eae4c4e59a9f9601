import {htmlToText, isHtmlDocument} from "./html-text.ts";
import {InputError} from "./input-error.ts";

/**
 * Decodes a report's bytes. Reports arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM from Windows tools, or GB18030/GBK from older systems.
 * Line endings are normalised to LF, because offsets are quoted against the
 * decoded text and a CR would make them differ between copies of one report.
 * A report saved as a web page is read as its visible text (see `html-text.ts`).
 */
export function decodeReport(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError("the file is empty");
  const text = normaliseNewlines(decodeBytes(bytes));
  if (text.trim() === "") throw new InputError("the file holds only whitespace");
  if (!isHtmlDocument(text)) return text;
  const visible = htmlToText(text);
  if (visible === "") throw new InputError("the HTML page shows no text");
  return visible;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError("the file is binary, not text");
  try {
    return strict("utf-8", bytes);
  } catch {
    // Not UTF-8: GB18030 is a superset of GBK and GB2312, the encodings of Chinese Windows.
    const text = strict("gb18030", bytes, "neither UTF-8 nor GB18030");
    if (!/[\u4e00-\u9fff]/.test(text)) throw new InputError("the file is neither UTF-8 nor GB18030 text");
    return text;
  }
}

function strict(encoding: string, bytes: Uint8Array, what = `invalid ${encoding.toUpperCase()}`): string {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes);
  } catch {
    throw new InputError(`the file is ${what} text`);
  }
}

/** NUL bytes and other C0 controls do not occur in text; a PNG or a Word file has them in its first kilobyte. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (const b of head)
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b)) return true;
  return false;
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
