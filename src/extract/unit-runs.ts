import {WHITE_SPACE} from "./quantity-at.ts";
import {UNITS} from "./units.ts";

/**
 * Where a number followed by its qualifier, scale and unit (30余万元, 1,140项, 九十八点五个) can stand: only in a run
 * of the characters numbers are written with that has a unit's first character in it or right after it. A reading
 * tried at every digit and numeral of a paragraph mostly fails (the 一 of 统一, the 2024 of 2024年度, 7939 before
 * its bracket are followed by no unit), and each failed try cost more than reading the run once. `numberChars` are the characters the number part (value, qualifier, scale, spaces) may hold.
 */
export function unitRuns(numberChars: string): {
  /** The first match of `read` (a reading at one place) at or after `from`, tried only where a unit can follow. */
  match<T>(read: (text: string, at: number) => T | null, text: string, from: number): T | null;
} {
  const inNumber = new Uint8Array(0x10000);
  for (let i = 0; i < numberChars.length; i++) inNumber[numberChars.charCodeAt(i)] = 1;
  for (let i = 0; i < WHITE_SPACE.length; i++) inNumber[WHITE_SPACE.charCodeAt(i)] = 1;
  const unitStart = new Uint8Array(0x10000);
  for (const unit of UNITS) unitStart[unit.charCodeAt(0)] = 1;
  return {
    match(read, text, from) {
      let i = from;
      while (i < text.length) {
        if (inNumber[text.charCodeAt(i)] === 0) {
          i++;
          continue;
        }
        let end = i;
        let unit = false;
        for (; end < text.length && inNumber[text.charCodeAt(end)] === 1; end++) {
          if (unitStart[text.charCodeAt(end)] === 1) unit = true;
        }
        if (unit || (end < text.length && unitStart[text.charCodeAt(end)] === 1)) {
          for (; i < end; i++) {
            const m = read(text, i);
            if (m !== null) return m;
          }
        }
        i = end;
      }
      return null;
    },
  };
}
