import {readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join} from "node:path";

export interface SiteSize {
  totalBytes: number;
  wasmBytes: number;
  /** Per page: the HTML and every module, stylesheet and data file it references, DuckDB's WebAssembly apart. */
  pages: {page: string; bytes: number}[];
}

/** The size of a built site, in total and page by page. */
export function siteSize(dir = "dist"): SiteSize {
  const files = (readdirSync(dir, {recursive: true, withFileTypes: true}) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  const size = (path: string) => statSync(path).size;
  const wasm = files.filter((f) => f.endsWith(".wasm"));
  const pages = files
    .filter((f) => f.endsWith(".html"))
    .map((html) => {
      const text = readFileSync(html, "utf8");
      const referenced = new Set<string>();
      for (const m of text.matchAll(/(?:href|src)="(\.{1,2}\/[^"]+)"|"path":"(\.{1,2}\/[^"]+)"/g))
        referenced.add(join(dirname(html), m[1] ?? m[2]!));
      let bytes = size(html);
      for (const path of referenced) {
        try {
          bytes += size(path);
        } catch {
          // A link to another page, not a file.
        }
      }
      return {
        page: html
          .slice(dir.length)
          .replace(/\.html$/, "")
          .replace(/\/index$/, "/"),
        bytes,
      };
    });
  return {totalBytes: files.reduce((s, f) => s + size(f), 0), wasmBytes: wasm.reduce((s, f) => s + size(f), 0), pages};
}
