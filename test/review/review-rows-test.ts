import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractReport} from "../../src/extract/report.ts";
import {reviewRows} from "../../src/review/review-rows.ts";

const read = (body: string, year: number) =>
  extractReport(readFileSync(`test/fixtures/site/reports/${body}/${year}.txt`), {body, year});
const bodies = [
  {id: "dalian-hitech", name_zh: "大连高新区", kind: "national-hitech-zone", government: ""},
  {id: "sample-district", name_zh: "示例区（虚构）", kind: "district", government: ""},
  {id: "sample-justice", name_zh: "示例区司法局（虚构）", kind: "department", government: "sample-district"},
];

describe("reviewRows", () => {
  const extractions = [read("dalian-hitech", 2024), read("sample-justice", 2023), read("sample-justice", 2024)];
  const {rows, evidence} = reviewRows(extractions, bodies);

  it("gives the seed 3/4 parts, the first-responsible-person part missing, no signature, nothing to compare with", () => {
    expect(rows[0]).toMatchObject({
      body: "dalian-hitech",
      parts_present: 3,
      parts_missing: "第一责任人",
      signed_on: null,
      timeliness: "unknown",
      previous_year: null,
      dropped: null,
      stated: 22,
    });
  });

  it("gives the department its government, its late signature and the figures it dropped", () => {
    const row = rows.find((r) => r.body === "sample-justice" && r.year === 2024)!;
    expect(row).toMatchObject({
      kind_zh: "政府部门",
      government_zh: "示例区（虚构）",
      signed_on: "2025-03-12",
      due: "2025-02-28",
      timeliness: "late",
      parts_missing: "不足原因",
      previous_year: 2023,
      dropped: 2,
    });
    expect(rows.find((r) => r.body === "sample-justice" && r.year === 2023)).toMatchObject({
      timeliness: "on_time",
      parts_present: 4,
    });
  });

  it("points every piece of evidence at its text: the part's heading, last year's sentence, the signature", () => {
    const texts = new Map(extractions.map((e) => [`${e.report.body}/${e.report.year}`, e.text]));
    for (const e of evidence.filter((e) => e.start !== null)) {
      const text = texts.get(`${e.body}/${e.source_year}`)!;
      expect(text.slice(e.start!, e.end!).trim()).toBe(e.quote);
    }
    const loss = evidence.find((e) => e.cell === "dropped" && e.key === "litigation.loss_share")!;
    expect(loss).toMatchObject({year: 2024, source_year: 2023, value: 8.3, qualifier: "exact"});
    expect(evidence.find((e) => e.cell === "signature" && e.body === "sample-justice" && e.year === 2024)!.quote).toBe(
      "示例区司法局\n2025年3月12日",
    );
  });
});
