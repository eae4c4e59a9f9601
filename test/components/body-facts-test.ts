import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {bodyFacts} from "../../src/components/body-facts.ts";
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
