import {createHash} from "node:crypto";
import {readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";

/**
 * The Content-Security-Policy of every page: nothing but the site's own files
 * may load or run. Report text is inserted as text, never as HTML; this is
 * the second line, should that ever fail.
 *
 * - scripts: the site's own modules, plus Framework's inline scripts (each
 *   page's cells and the sidebar), which the build lists by hash
 *   (`hashInlineScripts`); `'unsafe-inline'` stays only for browsers too old
 *   for hashes, which ignore it otherwise; so no inline event handler runs
 *   (see `HTL_PLACEHOLDERS` for the one exception, which runs nothing);
 * - `'wasm-unsafe-eval'`: WebAssembly compiled in the page (DuckDB-WASM
 *   compiles in its worker, which is a file of the site: `worker-src 'self'`);
 * - styles inline too: Plot writes a `<style>` into each chart;
 * - images `data:` and `blob:`: PNG export draws the chart's SVG, as a blob,
 *   onto a canvas; downloads are `blob:` links, which no directive restricts;
 * - data, by `fetch`, from the site itself only.
 *
 * `frame-ancestors` cannot be given in a `<meta>` (browsers ignore it there,
 * with a console warning): a server that wants it sets it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The `<meta>` Framework puts in every page's head, before its scripts. The
 * preview server runs edited cells with `eval` and reloads over a WebSocket
 * to itself, so there scripts may also be evaluated.
 */
export function cspMeta({preview = false} = {}): string {
  const policy = preview
    ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
    : CONTENT_SECURITY_POLICY;
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/**
 * htl, with which Inputs and the pages write their markup, parses a template
 * with a placeholder where a handler goes (`onclick=::3`), then removes it and
 * sets the function. The browser checks the placeholder against the policy
 * first and would report a violation for each. `'unsafe-hashes'` with the
 * hashes of `::1`…`::32` lets those through: as scripts they are syntax
 * errors, so an injected `onerror="::1"` runs nothing either. A template with
 * a handler after its 32nd value would still work (htl sets the function),
 * with a violation in the console.
 */
export const HTL_PLACEHOLDERS = Array.from({length: 32}, (_, i) => `::${i + 1}`);

const sha256 = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * Lists the hash of each inline script of a built page in its policy, so that
 * the page's own scripts run and nothing else inline does: no injected
 * `<script>`, no `onerror=` attribute. Returns the page unchanged when it has
 * no policy.
 */
export function hashInlineScripts(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => sha256(body!));
  const sources = [...new Set(scripts), "'unsafe-hashes'", ...HTL_PLACEHOLDERS.map(sha256)];
  const policy = meta[2]!
    .split(/;\s*/)
    .map((directive) =>
      directive.startsWith("script-src ") ? [withoutHashes(directive), ...sources].join(" ") : directive,
    )
    .join("; ");
  return html.replace(META, (_, open, __, close) => `${open}${policy}${close}`);
}

/** A directive without the sources `hashInlineScripts` adds, so that hashing a page twice changes nothing. */
function withoutHashes(directive: string): string {
  return directive.replace(/ '(?:sha256-[A-Za-z0-9+/=]+|unsafe-hashes)'/g, "");
}

/** Hashes the inline scripts of every page of a built site into its policy. Returns the number of pages changed. */
export async function hashSiteScripts(dir: string): Promise<number> {
  let changed = 0;
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, "utf8");
    const updated = hashInlineScripts(html);
    if (updated === html) continue;
    await writeFile(path, updated);
    changed++;
  }
  return changed;
}
