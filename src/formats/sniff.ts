/** What a report file holds, judged by its first bytes, never by its name. */
export type FileFormat = "pdf" | "zip" | "ole" | "rtf" | "text";

/** `%PDF-` may follow a few bytes of junk (some mail gateways prepend a line); readers accept it within the first KiB. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** A zip's local file header: every .docx (and .xlsx, .pptx, .odt) starts with it. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound file (OLE2) signature: .doc, .xls, .ppt, and an encrypted .docx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `{\rtf`: Word's rich text, often saved under a .doc name. */
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

/**
 * The container a file is, from its magic bytes: a PDF, a zip (a .docx if it
 * holds a Word document), an OLE2 compound file (a .doc if it holds a Word
 * stream), RTF, or anything else, which is read as text (plain or a web page)
 * and judged there.
 */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP, 0)) return "zip";
  if (startsWith(bytes, OLE, 0)) return "ole";
  if (startsWith(bytes, RTF, 0)) return "rtf";
  const head = Math.min(bytes.length, 1024);
  for (let at = 0; at + PDF.length <= head; at++) if (startsWith(bytes, PDF, at)) return "pdf";
  return "text";
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at: number): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}
