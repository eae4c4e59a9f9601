import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {sortByStart} from "../../src/extract/sort-by-start.ts";

describe("sortByStart", () => {
  it("sorts from `first` on, stably, as the built-in sort does, and leaves what comes before alone", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), {maxLength: 80}), fc.nat(10), (starts, first) => {
        const list = starts.map((start, id) => ({start, id}));
        const from = Math.min(first, list.length);
        const expected = [...list.slice(0, from), ...list.slice(from).sort((a, b) => a.start - b.start)];
        expect(sortByStart(list, from)).toEqual(expected);
      }),
    );
  });
});
