import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {readReference} from "../../src/corpus/reference.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {publishedTables} from "../../src/tables/published.ts";
import {reportTextsTable} from "../../src/tables/report-texts.ts";

const corpus = loadCorpus("test/fixtures/site");
const tables = publishedTables(corpus, readReference("test/fixtures/site"));

describe("reportTextsTable", () => {
  it("sets each report's text beside its row of reports", () => {
    const rows = arrowRows<Record<string, unknown>>(
      toArrowStream(reportTextsTable(tables.get("reports")!, tables.get("texts")!)),
    );
    const reports = arrowRows<Record<string, unknown>>(toArrowStream(tables.get("reports")!));
    const texts = arrowRows<{text: string}>(toArrowStream(tables.get("texts")!));
    expect(rows).toEqual(reports.map((r, i) => ({...r, text: texts[i]!.text})));
  });

  it("refuses tables whose rows are not the same reports, in Chinese", () => {
    const texts = tables.get("texts")!;
    expect(() => reportTextsTable(tables.get("reports")!, texts.slice(1))).toThrow(
      "报告表与原文表第 1 行不是同一份报告，无法合并",
    );
  });
});
