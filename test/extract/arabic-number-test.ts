import {describe, expect, it} from "vitest";
import {ARABIC_NUMBER, arabicNumberEnd} from "../../src/extract/arabic-number.ts";

/** Every number of a text as [start, end], read by the pattern. */
function byPattern(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(ARABIC_NUMBER, "g"))].map((m) => [m.index, m.index + m[0].length]);
}

/** The same, read by hand from each digit a number can start at. */
function byHand(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    if (!/[0-9０-９]/.test(text[i]!)) {
      i++;
      continue;
    }
    const end = arabicNumberEnd(text, i);
    spans.push([i, end]);
    i = end;
  }
  return spans;
}

describe("arabicNumberEnd", () => {
  it.each([
    ["共1,140项", [[1, 6]]],
    [
      "1 140项和12 345 678元",
      [
        [0, 5],
        [7, 17],
      ],
    ],
    [
      "1 1400",
      [
        [0, 1],
        [2, 6],
      ],
    ],
    [
      "12 345 6789",
      [
        [0, 6],
        [7, 11],
      ],
    ],
    ["2,345.6万元", [[0, 8]]],
    [
      "1,23件",
      [
        [0, 1],
        [2, 4],
      ],
    ],
    ["３，２００．５亿", [[0, 8]]],
    [
      "2024.12.31",
      [
        [0, 7],
        [8, 10],
      ],
    ],
  ])("reads %s as the pattern does", (text, spans) => {
    expect(byHand(text)).toEqual(spans);
    expect(byPattern(text)).toEqual(spans);
  });

  it("reads as the pattern does on 20,000 random strings of digits, marks and spaces", () => {
    const alphabet = [..."0123456789０９,，.．  \u00a0\u2009\u202f万亿项a"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from(
        {length: 1 + Math.floor(random() * 24)},
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join("");
      expect(byHand(text), text).toEqual(byPattern(text));
    }
  });
});
