const UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000};

/**
 * The value of a number written in Arabic digits and Chinese units: 3千5百 → 3500,
 * 1万2千 → 12000, 2千 → 2000. Undefined when the units do not fall in order
 * (5百3千) or digits trail the last unit (1万2), so that a number is never read as some other value.
 */
export function parseMixedNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let last = Infinity;
  let rest = text;
  while (rest !== "") {
    const m = /^(\d+(?:\.\d+)?)([十百千万亿]?)/.exec(rest);
    if (!m || m[0] === "") return undefined;
    const digits = Number(m[1]);
    const unit = m[2]!;
    rest = rest.slice(m[0].length);
    if (unit === "万" || unit === "亿") {
      const scale = unit === "万" ? 1e4 : 1e8;
      if (scale >= last && last >= 1e4) return undefined;
      total += (section + digits) * scale;
      section = 0;
      last = scale;
    } else if (unit !== "") {
      const scale = UNITS[unit]!;
      if (scale >= last) return undefined;
      section += digits * scale;
      last = scale;
    } else {
      // 1万2 is said for 12000 as often as for 10002: a number that can be read two ways is not read.
      return undefined;
    }
  }
  return Number((total + section).toPrecision(15));
}
