import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {packExtractions, unpackExtractions} from "../../src/corpus/extraction-wire.ts";
import {extractReport, extractText} from "../../src/extract/report.ts";
import type {Extraction} from "../../src/model/extraction.ts";

const REPORTS = [
  "data/reports/dalian-hitech/2024.txt",
  "test/fixtures/catalogue/county-2024.txt",
  "test/fixtures/catalogue/city-department-2023.txt",
  "test/fixtures/catalogue/zone-2025.txt",
  "test/fixtures/unseen/hunnan-2023.txt",
  "test/fixtures/reports/seed-gb18030.txt",
];

/** Through a structured clone, as a worker's message is: the arrays moved, the rest copied. */
function roundTrip(extractions: Extraction[]): Extraction[] {
  const packed = packExtractions(extractions);
  return unpackExtractions(structuredClone(packed, {transfer: [packed.ints.buffer, packed.floats.buffer]}));
}

describe("packExtractions and unpackExtractions", () => {
  it("give back the extractions key for key, in order, for reports of every kind", () => {
    const extractions = REPORTS.map((path, i) =>
      extractReport(readFileSync(path), {body: `b${i}`, year: 2024}, {kind: "district"}),
    );
    const back = roundTrip(extractions);
    expect(back).toEqual(extractions);
    expect(back.map((e) => JSON.stringify(e))).toEqual(extractions.map((e) => JSON.stringify(e)));
  });

  it("keep strings that are not the text between their offsets, absent values and unchosen facts", () => {
    // Invisible characters are read past: the figures' offsets are the published text's, their quotes too.
    const extraction = extractText("全区共受理行政复议申请5\u200b2件，审结4\u00ad8件。", {body: "b", year: 2024});
    const fact = extraction.facts[0]!;
    fact.raw = "另写的原文";
    fact.sentence = "另写的句子";
    fact.value_high = 60;
    fact.chosen = false;
    fact.category = null;
    extraction.items.push({
      kind: "plan",
      name: "名称",
      detail: "",
      raw: "不同于原文",
      start: 0,
      end: 2,
      section: "",
      topic: "outlook",
    });
    const back = roundTrip([extraction, extraction]);
    expect(back).toEqual([extraction, extraction]);
    expect(JSON.stringify(back[1])).toBe(JSON.stringify(extraction));
  });

  it("pack an empty list", () => {
    expect(roundTrip([])).toEqual([]);
  });
});
