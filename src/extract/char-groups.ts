/**
 * Which of a few groups of characters a text holds, found in one pass over it. The scan's rules each need some
 * (a date needs 月 and a digit, a hotline 1-2-3): one pass over a paragraph answers them all, where a search for
 * each rule's characters read the paragraph a dozen times and most of them found nothing.
 */
export interface CharGroups {
  /** The groups `text` holds a character of, one bit each. */
  of(text: string): number;
  /** The bits a text must have to hold a character of every one of `groups` (each one of those given to `charGroups`). */
  need(...groups: string[]): number;
}

/** At most 31 groups, so that a set of them is one small integer. */
export function charGroups(groups: readonly string[]): CharGroups {
  if (groups.length > 31) throw new RangeError(`at most 31 groups of characters, not ${groups.length}`);
  // One entry per UTF-16 code unit: a lookup, where a set of strings would hash every character.
  const bits = new Int32Array(0x10000);
  groups.forEach((group, i) => {
    for (let c = 0; c < group.length; c++) bits[group.charCodeAt(c)]! |= 1 << i;
  });
  return {
    of(text) {
      let mask = 0;
      for (let i = 0; i < text.length; i++) mask |= bits[text.charCodeAt(i)]!;
      return mask;
    },
    need(...wanted) {
      let mask = 0;
      for (const group of wanted) {
        const i = groups.indexOf(group);
        if (i < 0) throw new RangeError(`no group of characters “${group}”`);
        mask |= 1 << i;
      }
      return mask;
    },
  };
}
