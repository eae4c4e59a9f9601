import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractReport} from "../../src/extract/report.ts";

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
