const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000};
const LARGE_UNITS: Record<string, number> = {万: 1e4, 亿: 1e8};

/** Characters of a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

const ALL_NUMERAL = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);
const HAS_UNIT = /[十百千万亿]/;

/**
 * The value of a Chinese numeral: 两 → 2, 十五 → 15, 二十一 → 21,
 * 一百二十 → 120, 一千零五 → 1005, 三万五千 → 35000, 一二三 → 123 (digit by digit),
 * 九十八点五 → 98.5.
 * Returns undefined for a string that is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 1) return DIGITS[text] ?? SMALL_UNITS[text];
  const point = text.indexOf("点");
  if (point >= 0) return decimalNumeral(text.slice(0, point), text.slice(point + 1));
  if (text === "" || !ALL_NUMERAL.test(text)) return undefined;
  // Digits with no unit characters are read positionally, as in 二〇二四.
  if (!HAS_UNIT.test(text)) return Number(Array.from(text, (c) => DIGITS[c]).join(""));
  let yi = 0; // the part counted in 亿
  let wan = 0; // the part counted in 万, below 亿
  let section = 0; // the part below 万
  let digit: number | undefined;
  let lastSmall = Infinity;
  let seenWan = false;
  let seenYi = false;
  for (const c of text) {
    if (c in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // 二三十 is not a numeral
      digit = DIGITS[c];
      continue;
    }
    if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      if (unit >= lastSmall) return undefined;
      section += (digit ?? 1) * unit; // 十五: an unwritten 一 before 十
      lastSmall = unit;
    } else {
      const group = section + (digit ?? 0);
      if (c === "万") {
        if (seenWan || group === 0) return undefined;
        wan = group * 1e4;
        seenWan = true;
      } else {
        if (seenYi || group + wan === 0) return undefined;
        yi = (group + wan) * 1e8;
        wan = 0;
        seenYi = true;
        seenWan = false;
      }
      section = 0;
      lastSmall = Infinity;
    }
    digit = undefined;
  }
  return yi + wan + section + (digit ?? 0);
}

/** 九十八点五 → 98.5: the whole part as any numeral, then digits read one by one. */
function decimalNumeral(whole: string, fraction: string): number | undefined {
  const integer = parseChineseNumeral(whole);
  if (integer === undefined || fraction === "" || HAS_UNIT.test(fraction) || !ALL_NUMERAL.test(fraction))
    return undefined;
  return Number(`${integer}.${Array.from(fraction, (c) => DIGITS[c]).join("")}`);
}

const FULL_WIDTH = /[０-９．，]/g;
/** Spaces that group digits by thousands (1 140, as GB/T 15835 allows: thin or plain). */
const GROUP_SPACES = /[ \u00a0\u2009\u202f]/g;

/** Up to 15 ASCII digits: a loop, cheaper than a pattern for the short numbers reports mostly write. */
function isPlain(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The value of a number written in Arabic digits, as reports write them:
 * full-width digits (２８), thousands separators (2,356, 2，356 and 2 356), decimals,
 * and a 万 or 亿 multiplier (1.2万 → 12000).
 */
export function parseArabicNumber(text: string): number | undefined {
  if (isPlain(text)) return Number(text); // most numbers: plain ASCII digits
  const halfWidth = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(GROUP_SPACES, ",");
  const match = /^(\d+(?:,\d{3})*(?:\.\d+)?)(万|亿)?$/.exec(halfWidth);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, ""));
  const multiplier = match[2] ? LARGE_UNITS[match[2]]! : 1;
  // Round away binary noise: 1.2 × 10000 is 11999.999999999998 in floating point.
  return Number((value * multiplier).toPrecision(15));
}
