import {decodeReport} from "../extract/decode.ts";
import {InputError} from "../extract/input-error.ts";
import {docText} from "./doc.ts";
import {docxText} from "./docx.ts";
import {isMht, mhtText} from "./mht.ts";
import {pdfText} from "./pdf.ts";
import {sniffFormat} from "./sniff.ts";

/**
 * A report file's text, whatever it was saved as: plain text or a web page
 * (see `decode.ts`), a Word document (.docx or the Word 97–2003 .doc), or a
 * PDF with a text layer, or a single file web page (.mht) — decided by the file's first bytes, not its name,
 * so a .doc that is really a web page, or a .docx that is really a .doc, is
 * read as what it is. This text is what the extractor reads, what offsets
 * point into and what the site publishes. Unusable input (a scan, a
 * password, a broken file, a spreadsheet) is an `InputError` of one line.
 */
export function reportText(bytes: Uint8Array): string {
  switch (sniffFormat(bytes)) {
    case "zip":
      return docxText(bytes);
    case "ole":
      return docText(bytes);
    case "pdf":
      return pdfText(bytes);
    case "rtf":
      throw new InputError("RTF 格式暂不支持，请在 Word 中另存为 .docx");
    case "text":
      return isMht(bytes) ? mhtText(bytes) : decodeReport(bytes);
  }
}
