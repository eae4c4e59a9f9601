import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {bodyFacts, bodyRows} from "../../src/components/body-facts.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {readReference} from "../../src/corpus/reference.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {bodyPartFiles, bodyPartName} from "../../src/tables/page-parts.ts";
import {publishedTables} from "../../src/tables/published.ts";
import {reportFactsFrom} from "../../src/components/report-queries.ts";
import {factPartFiles} from "../../src/tables/fact-parts.ts";
import {bodyPart, factPartName, FACT_PARTS} from "../../src/tables/body-part.ts";

describe("bodyFacts", () => {
  const corpus = loadCorpus("test/fixtures/site");
  const published = factPartFiles(corpus.extractions, corpus.metrics);
  const fetched: number[] = [];
  const files = Array.from({length: FACT_PARTS}, (_, i) => async () => {
    fetched.push(i);
    return published[factPartName(i)]!.slice().buffer;
  });

  it("gives a report's facts from its body's file, fetched once", async () => {
    const report = {body: "dalian-hitech", body_zh: "大连高新区", year: 2024, synthetic: 0};
    const facts = reportFactsFrom(await bodyFacts(files, "dalian-hitech"), report);
    expect(facts.find((f) => f.metric === "power_list.items")?.value).toBe(1140);
    await bodyFacts(files, "dalian-hitech");
    expect(fetched).toEqual([bodyPart("dalian-hitech")]);
  });
});

describe("bodyRows", () => {
  it("gives a body's rows of any table split by body, from the file its id hashes to", async () => {
    const corpus = loadCorpus("test/fixtures/site");
    const items = publishedTables(corpus, readReference("test/fixtures/site")).get("items")!;
    const published = bodyPartFiles(items, "items");
    const files = Array.from(
      {length: FACT_PARTS},
      (_, i) => async () => published[bodyPartName("items", i)]!.slice().buffer,
    );
    const rows = await bodyRows<{body: string; kind: string}>(files, "dalian-hitech");
    const all = arrowRows<{body: string; kind: string}>(toArrowStream(items));
    expect(rows).toEqual(all.filter((r) => r.body === "dalian-hitech"));
    expect(rows.some((r) => r.kind === "dispute_area")).toBe(true);
  });
});
