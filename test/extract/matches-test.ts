import {describe, expect, it} from "vitest";
import {matchFrom, nextFrom} from "../../src/extract/matches.ts";

/** Every match of a pattern in a text, walked as the extractor walks them. */
function walk(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let m = matchFrom(pattern, text, 0); m !== null; m = matchFrom(pattern, text, nextFrom(m))) found.push(m);
  return found;
}

const spans = (found: Iterable<RegExpExecArray>) => [...found].map((m) => [m.index, m[0], m[1]]);

describe("matchFrom and nextFrom", () => {
  it("give what matchAll gives, groups and empty matches included", () => {
    for (const [pattern, text] of [
      [/(\d+)项/g, "许可155项、确认77项"],
      [/[；;]|$/g, "一；二；三"],
      [/x*/g, "axxb"],
      [/(?=项)/g, "项项"],
    ] as const) {
      expect(spans(walk(pattern, text))).toEqual(spans(text.matchAll(pattern)));
    }
  });

  it("let a loop use the same pattern inside another", () => {
    const pattern = /\d/g;
    const pairs: string[] = [];
    for (const a of walk(pattern, "12")) for (const b of walk(pattern, "34")) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(["13", "14", "23", "24"]);
    // The outer walk goes on from its own match, whatever the inner walk left in the pattern.
    const outer: string[] = [];
    for (let m = matchFrom(pattern, "56", 0); m !== null; m = matchFrom(pattern, "56", nextFrom(m))) {
      walk(pattern, "7890");
      outer.push(m[0]);
    }
    expect(outer).toEqual(["5", "6"]);
  });
});
