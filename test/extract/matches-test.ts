import {describe, expect, it} from "vitest";
import {matches} from "../../src/extract/matches.ts";

const spans = (found: Iterable<RegExpExecArray>) => [...found].map((m) => [m.index, m[0]]);

describe("matches", () => {
  it("gives what matchAll gives, groups and empty matches included", () => {
    for (const [pattern, text] of [
      [/(\d+)项/g, "许可155项、确认77项"],
      [/[；;]|$/g, "一；二；三"],
      [/x*/g, "axxb"],
    ] as const) {
      expect(spans(matches(pattern, text))).toEqual(spans(text.matchAll(pattern)));
    }
  });

  it("lets a loop use the same pattern inside another", () => {
    const pattern = /\d/g;
    const pairs: string[] = [];
    for (const a of matches(pattern, "12")) for (const b of matches(pattern, "34")) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(["13", "14", "23", "24"]);
  });
});
