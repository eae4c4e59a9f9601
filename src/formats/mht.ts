import {decodeReport} from "../extract/decode.ts";
import {InputError} from "../extract/input-error.ts";

/** A MIME message's headers at the start of a file: how Word's "single file web page" (.mht, often saved as .doc) begins. */
const MIME_HEAD = /^\s*(?:[\w-]+:[^\n]*\n)*?(?:MIME-Version:|Content-Type:\s*multipart\/)/i;

/** Whether a file's text is a MIME archive (MHT): its first lines are mail headers naming a MIME version or a multipart. */
export function isMht(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).replace(/\r/g, "");
  return MIME_HEAD.test(head);
}

/**
 * The text of a single file web page: its first HTML (or plain text) part, decoded from quoted-printable or base64
 * in the charset it names, then read as any web page. Read raw, its `=E5=B9=B4` escapes and the soft line breaks
 * (`=` at a line's end) would glue numbers together (=93 before 70% read as 9370%).
 */
export function mhtText(bytes: Uint8Array): string {
  const message = new TextDecoder("latin1").decode(bytes).replace(/\r\n?/g, "\n");
  const boundary = /boundary="?([^";\n]+)"?/i.exec(message)?.[1];
  const parts = boundary ? message.split(`--${boundary}`).slice(1) : [message];
  for (const part of parts) {
    const split = part.indexOf("\n\n");
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const type = /^Content-Type:\s*([\w/+-]+)/im.exec(headers)?.[1]?.toLowerCase();
    if (type !== "text/html" && type !== "text/plain") continue;
    const encoding = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
    const body = decodeBody(part.slice(split + 2), encoding);
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1];
    return charsetText(body, charset);
  }
  throw new InputError("文件是“单个文件网页”（MHT），但其中没有网页或文字部分：请在 Word 中另存为 .docx");
}

function decodeBody(body: string, encoding: string | undefined): Uint8Array {
  if (encoding === "base64") return Buffer.from(body.replace(/\s/g, ""), "base64");
  const text = encoding === "quoted-printable" ? body.replace(/=\n/g, "") : body;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex =
      encoding === "quoted-printable" && text[i] === "=" ? /^[0-9A-Fa-f]{2}/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** The part's bytes in the charset it names (Word on Chinese Windows writes gb2312), else as any text file. */
function charsetText(bytes: Uint8Array, charset: string | undefined): string {
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      const html = new TextDecoder(charset, {fatal: true}).decode(bytes);
      return decodeReport(new TextEncoder().encode(html));
    } catch (error) {
      if (error instanceof InputError) throw error;
      // An unknown or wrong charset label: the bytes are judged as any text file's.
    }
  }
  return decodeReport(bytes);
}
