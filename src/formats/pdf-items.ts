/** One piece of a PDF page's text layer, where the page puts it (PDF units, y upwards from the bottom). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size: the height of the line it stands on. */
  size: number;
}

/** A page's text pieces and its size. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** What the PDF reading process writes on its stdout: the pages, or why there are none. */
export type PdfResult = {ok: true; pages: PdfPage[]} | {ok: false; problem: "password" | "corrupt"; detail: string};
