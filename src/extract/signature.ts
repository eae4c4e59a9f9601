import {parseChineseNumeral} from "./numerals.ts";

/** Where a report's closing signature starts, and the date it gives as ISO `YYYY-MM-DD`. */
export interface Signature {
  signed_on: string;
  /** Offset of the signature's first line (the issuing body's name, or the date). */
  start: number;
}

const DIGITS = "[0-9０-９]";
const CN = "[〇零一二三四五六七八九十]";
/** A date at the end of a line, written with 年月日 or with the same mark between its numbers (2025.3.1, 2025-03-01). */
const DATE_AT_END = [
  new RegExp(
    `[（(]?\\s*(${DIGITS}{4}|[二][〇零一二三四五六七八九]{3})\\s*年\\s*(${DIGITS}{1,2}|${CN}{1,3})\\s*月\\s*(${DIGITS}{1,2}|${CN}{1,3})\\s*日\\s*[)）]?$`,
  ),
  new RegExp(`[（(]?\\s*(${DIGITS}{4})\\s*([.．/／\\-－])\\s*(${DIGITS}{1,2})\\s*\\2\\s*(${DIGITS}{1,2})\\s*[)）]?$`),
];
/** The issuing body's line: a name, with no sentence punctuation, ending as the names of offices do. */
const BODY_LINE =
  /^[^，。；：！？,.;:!?]{2,40}(?:政府|委员会|管委会|管理委员会|局|办公室|办|厅|委|部|院|中心|所|处|区|县|市|镇|乡|街道|办事处|党组|党委)$/;
/** A note in brackets after the signature: （此件公开发布）, （联系人：…）. */
const NOTE_LINE = /^[（(][^（）()]{1,60}[)）]$/;

/**
 * The signature a report ends with: the issuing body's name and a date on the last lines (青禾县人民政府 /
 * 2025年3月10日), on one line, or the date alone, with any note in brackets after it. Undefined when the text
 * ends otherwise: a date in the middle of a sentence is not a signature.
 */
export function signatureOf(text: string): Signature | undefined {
  const lines = lastLines(text, 4);
  // At most two notes after the date: a text that ends with a bracketed aside and no date is not signed.
  for (let notes = 0; notes < 2 && lines.length > 0; notes++) {
    const last = lines.at(-1)![0].trim();
    if (!NOTE_LINE.test(last) || dateAtEnd(last)) break;
    lines.pop();
  }
  const last = lines.at(-1);
  if (!last) return undefined;
  const line = last[0].trim();
  const date = dateAtEnd(line);
  if (!date) return undefined;
  const name = line.slice(0, date.index).trim();
  // 青禾县人民政府 2025年3月10日 on one line; any other words before the date make it part of a sentence.
  if (name !== "" && !BODY_LINE.test(name)) return undefined;
  const before = lines.at(-2);
  const start = name === "" && before && BODY_LINE.test(before[0].trim()) ? before[1] : last[1];
  return {signed_on: date.iso, start: start + leading(text, start)};
}

/** The date a line ends with, if it is a real one, and where it starts. */
function dateAtEnd(line: string): {iso: string; index: number} | undefined {
  for (const pattern of DATE_AT_END) {
    const m = pattern.exec(line);
    if (!m) continue;
    // The numeric form has the mark between its numbers as its second group.
    const [year, month, day] = (m.length === 5 ? [m[1]!, m[3]!, m[4]!] : [m[1]!, m[2]!, m[3]!]).map(toNumber);
    if (year === undefined || month === undefined || day === undefined) return undefined;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return {iso, index: m.index};
  }
  return undefined;
}

/** The last `count` non-blank lines, each as [line, offset]: a report's end, without splitting the whole text. */
function lastLines(text: string, count: number): [string, number][] {
  const lines: [string, number][] = [];
  let end = text.length;
  while (end > 0 && lines.length < count) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== "") lines.unshift([line, start]);
    end = start - 1;
  }
  return lines;
}

function toNumber(written: string): number | undefined {
  const half = written.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(half) ? Number(half) : parseChineseNumeral(half);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function leading(text: string, start: number): number {
  let i = 0;
  while (/\s/.test(text[start + i] ?? "")) i++;
  return i;
}
