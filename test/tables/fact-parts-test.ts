import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {bodyPart, FACT_PARTS, factPartName} from "../../src/tables/body-part.ts";
import {factPartFiles} from "../../src/tables/fact-parts.ts";
import {allFactsTable} from "../../src/tables/facts.ts";

const corpus = loadCorpus("test/fixtures/site");

describe("factPartFiles", () => {
  const files = factPartFiles(corpus.extractions, corpus.metrics);

  it("writes every partition, and each body's facts whole in the file its id hashes to", () => {
    expect(Object.keys(files)).toEqual(Array.from({length: FACT_PARTS}, (_, i) => factPartName(i)));
    const all = arrowRows<{body: string}>(toArrowStream(allFactsTable(corpus.extractions, corpus.metrics)));
    for (const body of new Set(all.map((r) => r.body))) {
      const part = arrowRows<{body: string}>(files[factPartName(bodyPart(body))]!);
      expect(part.filter((r) => r.body === body)).toEqual(all.filter((r) => r.body === body));
    }
    const total = Object.values(files).reduce((sum, bytes) => sum + arrowRows(bytes).length, 0);
    expect(total).toBe(all.length);
  });
});
