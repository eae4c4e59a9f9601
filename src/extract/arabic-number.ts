/**
 * A number written in digits, as a pattern: digits grouped by thousands with commas (1,140) or, as GB/T 15835 allows,
 * with spaces after at most three (1 140); a decimal part; 万 or 亿 after it.
 */
export const ARABIC_NUMBER =
  "(?:[0-9０-９]{1,3}(?:[ \u00a0\u2009\u202f][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[,，][0-9０-９]{3})*)(?:[.．][0-9０-９]+)?[万亿]?";

/**
 * The end of the match of `ARABIC_NUMBER` at `start` (a digit). Read by hand rather than by the pattern: the scan reads
 * every number of a report this way, and the pattern's match objects were a large part of what an extraction allocated.
 */
export function arabicNumberEnd(text: string, start: number): number {
  let end = digitsEnd(text, start);
  const grouped = spaceGroupsEnd(text, start, end);
  if (grouped > end) end = grouped;
  else {
    while (isComma(text.charCodeAt(end)) && digitsEnd(text, end + 1) - (end + 1) >= 3) end += 4;
  }
  if (isPoint(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
  const scale = text.charCodeAt(end);
  return scale === WAN || scale === YI ? end + 1 : end;
}

/**
 * 1 140 and 12 345 678: at most three digits, then groups of a space and three digits, the last not followed by a
 * digit (a group followed by one ends the number before its space). `start` when the digits are not so grouped.
 */
function spaceGroupsEnd(text: string, start: number, digits: number): number {
  if (digits - start > 3) return start;
  let end = digits;
  let last = start;
  while (isGroupSpace(text.charCodeAt(end)) && digitsEnd(text, end + 1) - (end + 1) >= 3) {
    last = end;
    end += 4;
  }
  if (last === start) return start;
  if (!isDigit(text.charCodeAt(end))) return end;
  return last === digits ? start : last;
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

const WAN = "万".charCodeAt(0);
const YI = "亿".charCodeAt(0);
/** A digit, half- or full-width, by its code unit. */
export const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isComma = (c: number) => c === 0x2c || c === 0xff0c;
const isPoint = (c: number) => c === 0x2e || c === 0xff0e;
const isGroupSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f;
