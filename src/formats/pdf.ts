import {spawnSync} from "node:child_process";
import {createRequire} from "node:module";
import {fileURLToPath, pathToFileURL} from "node:url";
import {InputError} from "../extract/input-error.ts";
import {bodyLines, paragraphs} from "./pdf-layout.ts";
import type {PdfResult} from "./pdf-items.ts";

/** How long one PDF may take to read (milliseconds); `FAZHI_PDF_TIMEOUT_MS` overrides it. */
export const PDF_TIMEOUT_MS = 60_000;

/** A page with fewer characters of text than this is taken for an image: a scan with at most a stamp or a number. */
const MIN_CHARS_PER_PAGE = 20;

const CHILD = fileURLToPath(new URL("./pdf-child.ts", import.meta.url));
/** tsx's loader, by its full address: `--import tsx` would be looked for in the folder fazhi is run from. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * The text of a PDF's text layer, as paragraphs (see `pdf-layout.ts`): read
 * by pdf.js (through unpdf) in a process of its own, ended after the time
 * limit. A PDF with no text layer (a scan), one that needs a password, or
 * one that cannot be parsed is refused with one line.
 */
export function pdfText(
  bytes: Uint8Array,
  timeoutMs = Number(process.env.FAZHI_PDF_TIMEOUT_MS) || PDF_TIMEOUT_MS,
): string {
  const run = spawnSync(process.execPath, ["--import", TSX, CHILD], {
    input: bytes,
    timeout: timeoutMs,
    maxBuffer: 1024 * 1024 * 1024,
    killSignal: "SIGKILL",
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT") {
    throw new InputError(`PDF 读取超时（超过 ${timeoutMs / 1000} 秒），文件可能已损坏`);
  }
  if (run.status !== 0 || run.error) throw new InputError("PDF 无法读取：解析程序异常退出，文件可能已损坏");
  let result: PdfResult;
  try {
    result = JSON.parse(run.stdout.toString("utf8")) as PdfResult;
  } catch {
    throw new InputError("PDF 无法读取：解析结果不完整，文件可能已损坏");
  }
  if (!result.ok) {
    throw new InputError(
      result.problem === "password" ? "PDF 有密码保护（已加密），无法读取" : "文件损坏：不是完整的 PDF，无法打开",
    );
  }
  const text = paragraphs(bodyLines(result.pages)).join("\n");
  const chars = text.replace(/\s/g, "").length;
  if (result.pages.length === 0 || chars < MIN_CHARS_PER_PAGE * result.pages.length) {
    throw new InputError("PDF 是扫描件，没有文字层（只有图像），请提供带文字的 PDF 或 Word 原件");
  }
  return text;
}
