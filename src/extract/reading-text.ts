import * as OpenCC from "opencc-js/t2cn";

/**
 * The text the extractor reads, and where each of its characters stands in
 * the text as published. Reports are published as they arrived, so offsets
 * must point into that text; but a number with a zero-width space inside it
 * (近2\u200b0次), or a report in traditional characters (權力事項), must read
 * as a careful reader reads it.
 */
export interface ReadingText {
  text: string;
  /** The published offset of each reading offset (one more entry, for the end); null when they are the same. */
  origin: Int32Array | null;
  /** How many invisible characters were taken out. */
  invisible: number;
  /** Whether the text was written in traditional characters and is read in simplified ones. */
  traditional: boolean;
}

/**
 * Characters no reader sees: zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, and control
 * characters other than line ends and tabs (a NUL left by a damaged copy inside 11\u000040项 must not split 1140 into
 * 11 and 40).
 */
const INVISIBLE_CHARS = "\\u200b-\\u200d\\u2060\\ufeff\\u00ad\\u0000-\\u0008\\u000e-\\u001f\\u007f";
/** Spaces that do not break a line (no-break, figure, thin, hair, narrow no-break): inside a number they group digits. */
const FIXED_SPACE_CHARS = "\\u00a0\\u2007\\u2009\\u200a\\u202f";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
const FIXED_SPACE = new RegExp(`[${FIXED_SPACE_CHARS}]`);
/** Either, in one pass over the text: most reports have neither, and are then read as published. */
const INVISIBLE_OR_FIXED = new RegExp(`[${INVISIBLE_CHARS}${FIXED_SPACE_CHARS}]`);
const DIGIT = /[0-9０-９]/;

/**
 * Characters common in these reports that exist only in traditional writing (區 for 区, 項 for 项…): a
 * simplified report has none, so the converter, which takes a moment to build, is built only for a text that has some.
 */
const TRADITIONAL_ONLY =
  /[這們會說對時為國來個後過還與發開關區東車長門問間點體實經現將應從當無見頭讓網資議認請進運選際類務權項處級條機報據設導則價織組劃監執規範審訴複調員專舉勞聯書學習頒佈廳縣鎮鄉區]/g;

let converter: ((text: string) => string) | undefined;
const toSimplified = (text: string) => (converter ??= OpenCC.Converter({from: "t", to: "cn"}))(text);

export function readingText(published: string): ReadingText {
  const traditional = isTraditional(published);
  const converted = traditional ? simplify(published) : published;
  if (!INVISIBLE_OR_FIXED.test(converted)) {
    return {text: converted, origin: null, invisible: 0, traditional};
  }
  let text = "";
  const origin: number[] = [];
  let invisible = 0;
  for (let i = 0; i < converted.length; i++) {
    const c = converted[i]!;
    const dropped =
      INVISIBLE.test(c) ||
      (FIXED_SPACE.test(c) && (DIGIT.test(converted[i - 1] ?? "") || DIGIT.test(converted[i + 1] ?? "")));
    if (dropped) {
      invisible++;
      continue;
    }
    text += c;
    origin.push(i);
  }
  if (invisible === 0) return {text: converted, origin: null, invisible: 0, traditional};
  origin.push(converted.length);
  return {text, origin: Int32Array.from(origin), invisible, traditional};
}

/** The published offset of a reading offset. */
export function published(reading: ReadingText, offset: number): number {
  return reading.origin ? reading.origin[offset]! : offset;
}

/**
 * Traditional when converting a sample to simplified changes enough of it:
 * a simplified report has almost no character the converter would change.
 */
function isTraditional(text: string): boolean {
  const sample = text.slice(0, 4000);
  if ((sample.match(TRADITIONAL_ONLY)?.length ?? 0) < 3) return false;
  const converted = toSimplified(sample);
  if (converted.length !== sample.length) return true;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed >= 5 && changed / sample.length > 0.005;
}

/** Converted character by character where a phrase conversion would change the length, so offsets still line up. */
function simplify(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = "";
  for (const c of text) {
    const s = toSimplified(c);
    out += s.length === c.length ? s : c;
  }
  return out;
}
