/**
 * Reports are often saved from a government website as the whole page. Such
 * a file is read as the reader saw it: its visible text, one line per block,
 * markup and scripts gone, entities decoded. Offsets of figures then point
 * into that text, which is what the site publishes and highlights.
 */

/** Whether a decoded file is an HTML document rather than text that happens to hold markup. */
export function isHtmlDocument(text: string): boolean {
  // Only the start decides: a report quoting `<html>` in a sentence stays text.
  return HTML_START.test(text.slice(0, 4096));
}

const HTML_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;

/** Elements whose content is never shown. */
const HIDDEN = new Set(["script", "style", "head", "title", "noscript", "template"]);

/** Elements that start a new line where they open or close. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Table cells are kept apart on their row. */
const CELLS = new Set(["td", "th"]);

const NAMED: Record<string, string> = {
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  bull: "•",
  times: "×",
  divide: "÷",
  plusmn: "±",
  deg: "°",
  yen: "¥",
  copy: "©",
  reg: "®",
  laquo: "«",
  raquo: "»",
  sect: "§",
  permil: "‰",
  le: "≤",
  ge: "≥",
  shy: "\u00ad",
};

/** Decodes the character references of a piece of HTML text; an unknown or malformed one is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
      const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
      // As browsers do: NUL, surrogates and values past Unicode become the replacement character.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    },
  );
}

/**
 * The visible text of an HTML document: `<script>`, `<style>`, `<head>` and
 * comments dropped, block elements (p, div, br, li, h1–h6, tr…) turned into
 * line breaks, other tags removed, runs of whitespace collapsed as a browser
 * does, entities decoded, blank lines dropped and each line trimmed.
 * Never throws: malformed markup is read as far as it makes sense.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf("<", i);
    const end = lt < 0 ? length : lt;
    if (end > i) out.push(inlineText(html.slice(i, end)));
    if (lt < 0) break;
    i = readMarkup(html, lt, out);
  }
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Wide characters: a line break of the source between two of them is no space (CSS Text's segment break rule). */
const WIDE_BREAK =
  /([\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6])[ \t\f]*\n[ \t\n\f]*(?=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6])/g;

/** Text between tags: whitespace, line breaks included, reads as one space; then entities, which may yield `<` as text. */
function inlineText(raw: string): string {
  const text = raw
    .replace(/\r/g, "\n")
    .replace(WIDE_BREAK, "$1")
    .replace(/[ \t\n\f]+/g, " ");
  return decodeEntities(text).replace(/[\r\n]/g, " ");
}

/** Reads the markup at `at` (a `<`), pushes what it stands for (a line break, a space, or nothing), and returns where text resumes. */
function readMarkup(html: string, at: number, out: string[]): number {
  const next = html[at + 1] ?? "";
  if (html.startsWith("<!--", at)) return skipPast(html, at + 4, "-->");
  if (next === "!" || next === "?") return skipPast(html, at + 2, ">");
  const closing = next === "/";
  const nameStart = closing ? at + 2 : at + 1;
  const name = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(nameStart, nameStart + 32))?.[0]?.toLowerCase();
  // A `<` that starts no tag is text, as a browser shows it.
  if (!name) {
    out.push("<");
    return at + 1;
  }
  const tagEnd = endOfTag(html, nameStart + name.length);
  if (!closing && HIDDEN.has(name)) return skipElement(html, name, tagEnd);
  if (BLOCKS.has(name)) out.push("\n");
  else if (CELLS.has(name)) out.push(" ");
  return tagEnd;
}

/** Where a tag ends: after its `>`, with quoted attribute values (which may hold `>`) skipped. */
function endOfTag(html: string, from: number): number {
  let quote = "";
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return html.length;
}

/** Skips a hidden element's content to past its end tag; `<head>` without one ends where `<body>` starts. */
function skipElement(html: string, name: string, from: number): number {
  const close = find(html, new RegExp(`</${name}(?=[\\s/>]|$)`, "gi"), from);
  if (name === "head") {
    const body = find(html, /<body(?=[\s/>]|$)/gi, from);
    if (body >= 0 && (close < 0 || body < close)) return body;
    if (close < 0) return from;
  }
  if (close < 0) return html.length;
  return endOfTag(html, close + 2 + name.length);
}

/** The first match of a global pattern at or after `from`, without copying the rest of the document. */
function find(html: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

function skipPast(html: string, from: number, marker: string): number {
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}
