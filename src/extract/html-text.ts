/**
 * Reports are often saved from a government website as the whole page. Such
 * a file is read as the reader saw it: its visible text, one line per block,
 * markup and scripts gone, entities decoded. Offsets of figures then point
 * into that text, which is what the site publishes and highlights.
 *
 * The markup is parsed by htmlparser2, a maintained streaming parser that
 * follows the HTML tokenizer's rules (unquoted attribute values, raw-text
 * elements, implied end tags); we only decide what a reader sees.
 */
import {Parser} from "htmlparser2";

/** A decoded file that starts as a web page does: a doctype or `<html>`, after a BOM, an XML declaration or comments. */
const HTML_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;

/**
 * Tags of a page's structure. A report that quotes `<script>` or `<img>` in
 * a sentence holds none of these; a page saved without a doctype (a fragment
 * copied from a CMS, an e-mail's HTML part) holds them in quantity.
 */
const STRUCTURE =
  /<\/?(?:html|head|body|meta|title|p|div|span|br|table|tbody|tr|td|th|ul|ol|li|h[1-6]|font|section|article|center|strong)(?=[\s/>])/gi;

/** How many structural tags make a text a page rather than prose quoting markup. */
const STRUCTURE_TAGS = 3;

/** Whether a decoded file is an HTML document rather than text that happens to hold markup. */
export function isHtmlDocument(text: string): boolean {
  if (HTML_START.test(text.slice(0, 4096))) return true;
  STRUCTURE.lastIndex = 0;
  for (let count = 0; STRUCTURE.exec(text);) if (++count >= STRUCTURE_TAGS) return true;
  return false;
}

/** Elements whose content is never shown. (`<head>`'s own elements are all among them; stray text there is shown by browsers, and by us.) */
const HIDDEN = new Set(["script", "style", "title", "noscript", "template", "textarea", "select", "iframe", "object"]);

/** An inline style that hides the element and everything in it. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

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

/**
 * Decodes the character references of a piece of HTML text (a convenience of
 * the public API; pages are decoded by the parser); an unknown or malformed
 * one is left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      // Own properties only: `&constructor;` is no entity.
      if (name !== undefined) {
        const key = Object.hasOwn(NAMED, name) ? name : name.toLowerCase();
        return Object.hasOwn(NAMED, key) ? NAMED[key]! : whole;
      }
      const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
      // As browsers do: NUL, surrogates and values past Unicode become the replacement character.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    },
  );
}

/**
 * The visible text of an HTML document: scripts, styles, the title,
 * templates, comments and every element hidden by the `hidden` attribute or
 * an inline `display:none` dropped, block elements (p, div, br, li, h1–h6,
 * tr…) turned into line breaks, other tags removed, runs of whitespace
 * collapsed as a browser does, entities decoded, blank lines dropped and each
 * line trimmed. Never throws: malformed markup is read as a browser reads it.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // Text arrives in pieces (split at entities, at the parser's buffer); whitespace is collapsed over the whole run.
  let pending: string[] = [];
  // One entry per open element: whether it hides its content. A count, so the check per text piece is O(1).
  const open: boolean[] = [];
  let hiddenDepth = 0;
  const flush = () => {
    if (pending.length) out.push(inlineText(pending.join("")));
    pending = [];
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        const hides =
          HIDDEN.has(name) ||
          Object.hasOwn(attribs, "hidden") ||
          (attribs.style !== undefined && HIDING_STYLE.test(attribs.style));
        open.push(hides);
        if (hides) hiddenDepth++;
        if (hiddenDepth === 0) separate(name, out);
      },
      onclosetag(name) {
        flush();
        if (open.pop()) hiddenDepth--;
        if (hiddenDepth === 0) separate(name, out);
      },
      ontext(text) {
        if (hiddenDepth === 0) pending.push(text);
      },
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false},
  );
  parser.end(html);
  flush();
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** What an element's tag stands for in the text: a line break for a block, a space between cells. */
function separate(name: string, out: string[]): void {
  if (BLOCKS.has(name)) out.push("\n");
  else if (CELLS.has(name)) out.push(" ");
}

/** Wide characters: a line break of the source between two of them is no space (CSS Text's segment break rule). */
const WIDE_BREAK =
  /([\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6])[ \t\f]*\n[ \t\n\f]*(?=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6])/g;

/** Text between tags: whitespace, line breaks included, reads as one space. */
function inlineText(text: string): string {
  return text
    .replace(/\r/g, "\n")
    .replace(WIDE_BREAK, "$1")
    .replace(/[ \t\n\f]+/g, " ");
}
