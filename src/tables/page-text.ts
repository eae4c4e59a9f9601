/** What a Markdown page says to a reader: its title and prose, and what its code puts on screen. */
export interface PageText {
  title: string;
  /** The prose, without code, tags or interpolations. */
  text: string;
  /** The Chinese words in the page's code (a card's 权力事项, a chart's 权责清单分类分布): text the reader sees. */
  labels: string[];
  /** The metric ids the page's code names (`power_list.items`): the page shows those figures. */
  metrics: string[];
}

const CJK = /[\u3400-\u9fff]/;
const METRIC_ID = /^[a-z_]+(?:\.[a-z_]+)+$/;

/** Reads a page's Markdown as its reader and its search see it. */
export function pageText(markdown: string): PageText {
  const body = markdown.replace(/^---[\s\S]*?---/, "");
  const title = /^title:\s*(.+)$/m.exec(markdown)?.[1]?.trim() ?? "";
  const code: string[] = [];
  const prose = withoutInterpolations(
    body.replace(/```[^\n]*\n([\s\S]*?)```/g, (_, block: string) => {
      code.push(block);
      return " ";
    }),
    code,
  );
  const text = prose
    .replace(/<[^>]+>/g, " ")
    .replace(/[#*`>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const literals = code.flatMap(stringLiterals);
  // A template literal's own interpolations and tags (html`<p>${n} 行</p>`) are code too.
  const labels = literals
    .filter((s) => CJK.test(s))
    .map((s) =>
      withoutInterpolations(s, [])
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    );
  return {
    title,
    text,
    labels: [...new Set(labels.filter((s) => s.length >= 2))],
    metrics: [...new Set(literals.filter((s) => METRIC_ID.test(s)))],
  };
}

/** The text with every `${…}` taken out (into `code`), braces matched however deeply they nest. */
function withoutInterpolations(text: string, code: string[]): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("${"); at >= 0; at = text.indexOf("${", from)) {
    out += text.slice(from, at) + " ";
    const end = closingBrace(text, at + 2);
    code.push(text.slice(at + 2, end));
    from = end + 1;
  }
  return out + text.slice(from);
}

/** Where the brace opened just before `from` closes: strings are skipped, so a "}" inside one does not count. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === "`") i = stringEnd(text, i);
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}

function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** The contents of the string literals of some code. */
function stringLiterals(code: string): string[] {
  return [...code.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!);
}
