import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {rangeYears} from "../../src/model/year-ranges.ts";
import {reportChoices} from "../../src/tables/report-choices.ts";
import {reportsTable} from "../../src/tables/reports.ts";

describe("reportChoices", () => {
  const corpus = loadCorpus("test/fixtures/site");
  const choices = reportChoices(corpus.extractions, corpus.bodies);

  it("lists every report of the reports table once, by body, with the invented ones named", () => {
    const reports = arrowRows<{body: string; body_zh: string; year: number; synthetic: number}>(
      toArrowStream(reportsTable(corpus.extractions, corpus.bodies)),
    );
    const listed = choices.flatMap(([body, body_zh, years, synthetic]) =>
      rangeYears(years).map((year) => ({body, body_zh, year, synthetic: rangeYears(synthetic).includes(year) ? 1 : 0})),
    );
    const key = (r: {body: string; year: number}) => `${r.body} ${r.year}`;
    expect(listed.map(key).sort()).toEqual(reports.map(key).sort());
    expect(listed).toEqual(
      expect.arrayContaining(reports.map(({body, body_zh, year, synthetic}) => ({body, body_zh, year, synthetic}))),
    );
    expect(choices.find(([body]) => body === "dalian-hitech")).toEqual([
      "dalian-hitech",
      "大连高新区",
      "2023-2024",
      "2023",
    ]);
  });

  it("puts the bodies in the order a zh-CN reader sorts their names", () => {
    const names = choices.map(([, name]) => name);
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-CN").compare));
    expect(names.length).toBeGreaterThan(1);
  });
});
