import {describe, expect, it} from "vitest";
import {highlightedSpan, linkedSpan} from "../../src/components/linked-span.ts";

describe("linkedSpan", () => {
  it("reads the span a link names, or none", () => {
    expect(linkedSpan("?body=dl&year=2024&start=3&end=9")).toEqual({body: "dl", year: 2024, start: 3, end: 9});
    expect(linkedSpan("?body=dl&year=2024")).toBeNull();
  });
});

describe("highlightedSpan", () => {
  const report = {body: "dl", year: 2024};
  const linked = {body: "dl", year: 2024, start: 3, end: 9};
  it("prefers the chosen figure's sentence, then a link into the report shown", () => {
    expect(highlightedSpan({sentence_start: 1, sentence_end: 2}, linked, report)).toEqual({start: 1, end: 2});
    expect(highlightedSpan(null, linked, report)).toEqual(linked);
    expect(highlightedSpan(null, linked, {body: "dl", year: 2023})).toBeNull();
  });
});
