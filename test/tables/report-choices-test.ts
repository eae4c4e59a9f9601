import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {reportChoicesTable} from "../../src/tables/report-choices.ts";
import {reportsTable} from "../../src/tables/reports.ts";

describe("reportChoicesTable", () => {
  const corpus = loadCorpus("test/fixtures/site");

  it("holds the selector's columns of the reports table, row for row", () => {
    const choices = arrowRows(toArrowStream(reportChoicesTable(corpus.extractions, corpus.bodies)));
    const reports = arrowRows<Record<string, unknown>>(toArrowStream(reportsTable(corpus.extractions, corpus.bodies)));
    expect(choices).toEqual(reports.map(({body, body_zh, year, synthetic}) => ({body, body_zh, year, synthetic})));
    expect(choices).toContainEqual({body: "dalian-hitech", body_zh: "大连高新区", year: 2023, synthetic: 1});
  });
});
