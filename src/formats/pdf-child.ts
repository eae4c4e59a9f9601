/**
 * Reads a PDF's text layer in a process of its own (started by `pdf.ts`), so
 * a file that makes the parser loop forever is ended by the time limit
 * without taking the build with it. The PDF arrives on stdin; the pages'
 * text pieces leave on stdout as one JSON `PdfResult`.
 */
import {getDocumentProxy} from "unpdf";
import type {PdfItem, PdfPage, PdfResult} from "./pdf-items.ts";

interface TextPiece {
  str?: string;
  transform?: number[];
  width?: number;
}

async function read(bytes: Uint8Array): Promise<PdfResult> {
  let pdf;
  try {
    // Verbosity 0: pdf.js would print its warnings on stdout, where the result goes.
    pdf = await getDocumentProxy(bytes, {verbosity: 0, isEvalSupported: false});
  } catch (error) {
    const name = (error as {name?: string}).name ?? "";
    return {ok: false, problem: name === "PasswordException" ? "password" : "corrupt", detail: String(error)};
  }
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const {width, height} = page.getViewport({scale: 1});
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const piece of content.items as TextPiece[]) {
      if (!piece.str || !piece.transform) continue;
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = piece.transform;
      items.push({text: piece.str, x: e, y: f, width: piece.width ?? 0, size: Math.hypot(c, d) || Math.hypot(a, b)});
    }
    pages.push({width, height, items});
    page.cleanup();
  }
  await pdf.destroy();
  return {ok: true, pages};
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const result = await read(new Uint8Array(Buffer.concat(chunks)));
  process.stdout.write(JSON.stringify(result));
}

await main();
