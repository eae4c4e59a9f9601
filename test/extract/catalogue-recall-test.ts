import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {everyNumber} from "./every-number.ts";
import {extractReport, extractText} from "../../src/extract/report.ts";

// Three reports written for these tests in the field's phrasings (a county, a city department, a development
// zone), each read by hand into a golden file; and each golden sentence rewritten in other phrasings reports use.
const dir = "test/fixtures/catalogue";
type Expected = [string, string | null, number, string, string];
const key = (f: {metric: string; category: string | null; value: number; unit: string; qualifier: string}) =>
  JSON.stringify([f.metric, f.category, f.value, f.unit, f.qualifier]);

/** Recall and precision of extracted facts against expected ones, counted as multisets. */
function score(expected: readonly string[], found: readonly string[]) {
  const left = [...found];
  let hits = 0;
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i >= 0) {
      hits++;
      left.splice(i, 1);
    }
  }
  return {
    recall: hits / Math.max(1, expected.length),
    precision: hits / Math.max(1, found.length),
    missing: expected.filter((e) => !found.includes(e)),
    wrong: left,
  };
}

describe.each(["county-2024", "city-department-2023", "zone-2025"])("the test report %s", (name) => {
  const golden = JSON.parse(readFileSync(`${dir}/${name}.json`, "utf8"));
  const extraction = extractReport(readFileSync(`${dir}/${name}.txt`), {body: name, year: null});

  it("is long enough to stand for a real report", () => {
    expect(extraction.text.length).toBeGreaterThanOrEqual(1500);
  });

  it("gives every figure a careful reader finds, and no other", () => {
    const result = score(
      golden.facts.map((f: Expected) => JSON.stringify(f)),
      extraction.facts.map(key),
    );
    expect(result.missing).toEqual([]);
    expect(result.wrong).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBe(1);
  });

  it("keeps the quantities no metric holds, with the words that say what they count", () => {
    const unmapped = extraction.numbers.filter(
      (n) => n.metric === null && (n.kind === "quantity" || n.kind === "percent"),
    );
    expect(unmapped.map((n) => n.raw)).toEqual(golden.unmapped);
    expect(unmapped.filter((n) => n.label === "" && n.raw !== "1,860人次")).toEqual([]);
  });

  it("reads the signature at its end, and does not call the ending cut off", () => {
    expect(extraction.report.signed_on).toBe(golden.signed_on);
    expect(extraction.checks.find((c) => c.id === "report.complete")?.status).toBe("pass");
  });

  it("never makes a fact of a number that counts nothing", () => {
    const facts = new Set(extraction.facts.map((f) => f.start));
    const nothing = everyNumber(extraction).filter((n) => n.kind !== "quantity" && n.kind !== "percent");
    expect(nothing.filter((n) => facts.has(n.start))).toEqual([]);
    expect(nothing.map((n) => n.raw)).toEqual(expect.arrayContaining(golden.nothing ?? []));
  });
});

/** Sentences of a phrasing file: each with the facts a careful reader gives it. */
function phrasings(file: string) {
  const lines = readFileSync(`${dir}/${file}`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  return lines.map((line) => {
    const [text, expected] = line.split("\t") as [string, string];
    const facts =
      expected.trim() === "-"
        ? []
        : expected.split(";").map((e) => {
            const [metric, value, unit, qualifier = "exact", category = null] = e.trim().split(/\s+/);
            return JSON.stringify([metric, category, Number(value), unit, qualifier]);
          });
    return {text, facts};
  });
}

describe.each([
  ["each golden sentence rewritten in the field's other phrasings", "rewrites.txt", 60],
  [
    "sentences in phrasings seen in other governments' reports (lists, breakdowns, roles, asides)",
    "field-phrasings.txt",
    25,
  ],
])("%s", (_, file, least) => {
  const cases = phrasings(file as string);

  it("are read with recall of at least 90% and no wrong fact", () => {
    const expected: string[] = [];
    const found: string[] = [];
    const wrong: string[] = [];
    for (const {text, facts} of cases) {
      const got = extractText(text, {body: "rewrite", year: 2024}).facts.map(key);
      const result = score(facts, got);
      expected.push(...facts);
      found.push(...got.filter((g) => facts.includes(g)));
      wrong.push(...result.wrong.map((w) => `${text} → ${w}`));
    }
    expect(wrong).toEqual([]);
    expect(found.length / expected.length).toBeGreaterThanOrEqual(0.9);
    expect(cases.length).toBeGreaterThanOrEqual(least);
  });
});
