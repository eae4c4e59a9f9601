/**
 * Which of a list of entries a text could hold a word of, from the words' first characters: one pass over the text,
 * where a pattern test per entry was most of the cost of mapping a figure (a figure in 件 has two dozen metrics to
 * try, and its label names at most a few). Entries past the 31st are always candidates, so the answer is one small
 * integer and never rules out an entry that could match.
 */
export interface FirstChars {
  /** One bit per entry (bit i for entry i) that has a word starting with a character of `text`. */
  of(text: string): number;
  /** Whether `bits` leaves entry `i` a candidate. */
  has(bits: number, i: number): boolean;
}

const MAX_BITS = 31;

/** `words[i]` are entry i's words; an entry with an empty word matches any text, and is always a candidate. */
export function firstChars(words: readonly (readonly string[])[]): FirstChars {
  let always = 0;
  const bits = new Map<number, number>();
  words.slice(0, MAX_BITS).forEach((entry, i) => {
    for (const word of entry) {
      if (word === "") always |= 1 << i;
      else bits.set(word.charCodeAt(0), (bits.get(word.charCodeAt(0)) ?? 0) | (1 << i));
    }
  });
  // A typed array per character would be 256 KiB for each list; the few characters that start a word get a slot.
  const slot = new Uint16Array(0x10000);
  const slotBits = new Int32Array(bits.size + 1);
  [...bits].forEach(([code, mask], i) => {
    slot[code] = i + 1;
    slotBits[i + 1] = mask;
  });
  return {
    of(text) {
      let mask = always;
      for (let i = 0; i < text.length; i++) mask |= slotBits[slot[text.charCodeAt(i)]!]!;
      return mask;
    },
    has: (mask, i) => i >= MAX_BITS || (mask & (1 << i)) !== 0,
  };
}
