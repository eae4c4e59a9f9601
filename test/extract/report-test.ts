import {readFileSync} from "node:fs";
import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {extractReport, extractText} from "../../src/extract/report.ts";
import {uncountedNumbers} from "../../src/model/uncounted.ts";

const bytes = readFileSync("data/reports/dalian-hitech/2024.txt");

describe("extractReport", () => {
  const {report, text, facts} = extractReport(bytes, {body: "dalian-hitech", year: 2024});

  it("describes the file it read", () => {
    expect(report).toMatchObject({body: "dalian-hitech", year: 2024, chars: text.length});
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("counts the seed's second copy as repeated paragraphs, and its figures once", () => {
    expect(report.duplicates_removed).toBe(22);
    expect(facts.filter((f) => f.metric === "power_list.items")).toHaveLength(1);
    expect(facts.filter((f) => f.metric === "power_list.category")).toHaveLength(11);
  });

  it("gives offsets into the first copy of the text", () => {
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.raw);
      expect(f.start).toBeLessThan(text.length / 2);
    }
  });
});

describe("extractText with the kind of body", () => {
  // Invented for this test: a district's report that quotes the city's figures before its own.
  const text =
    "2024年，全市共受理行政复议申请3,215件，审结3,102件。其中纠错215件。\n" +
    "在全市率先建立复议调解中心，全区共受理行政复议申请52件，审结49件，其中纠错6件。";
  const figures = (kind?: string) =>
    extractText(text, {body: "example", year: 2024}, undefined, {kind}).facts.map((f) => `${f.metric} ${f.value}`);

  it("keeps the figures of a higher level, and the subject's carried into later sentences, apart from the body's", () => {
    expect(figures("district")).toEqual([
      "reconsideration.accepted 52",
      "reconsideration.concluded 49",
      "reconsideration.corrected 6",
    ]);
    const higher = extractText(text, {body: "example", year: 2024}, undefined, {kind: "district"}).numbers.filter(
      (n) => n.kind === "quantity" && n.metric === null,
    );
    expect(higher.map((n) => n.raw)).toEqual(["3,215件", "3,102件", "215件"]);
  });

  it("reads them as the body's own when it is of that level, a department, or of no kind given", () => {
    for (const kind of ["city", "department", undefined]) expect(figures(kind)).toHaveLength(6);
  });
});

describe("the numbers that count nothing", () => {
  it("are kept apart from the figures, with offsets into the text as published", () => {
    // Invisible characters are read past, so every offset after one moves back into the published text.
    const text = "2024年。\n一、学习\u200b贯彻二十大精神，第二十五批试点，开展学法12次。";
    const {numbers, uncounted} = extractText(text, {body: "t", year: 2024});
    expect(numbers.map((n) => n.kind)).toEqual(["year", "quantity"]);
    const at = (kind: string, raw: string) => ({
      kind,
      raw,
      start: text.indexOf(raw),
      end: text.indexOf(raw) + raw.length,
    });
    expect(uncountedNumbers(uncounted, text)).toEqual([
      at("outline", "一、"),
      at("meeting", "二十大"),
      at("ordinal", "第二十五批"),
    ]);
  });
});

describe("the digest of a text given as text", () => {
  it("is the SHA-256 of its UTF-8 bytes, read in pieces that never split a character", () => {
    // An astral character (two UTF-16 units) across the first mebibyte's end.
    const text = `a${"𠀀".repeat(600_000)}。`;
    const expected = createHash("sha256").update(text).digest("hex");
    expect(extractText(text, {body: "t", year: 2024}).report.sha256).toBe(expected);
  });
});
