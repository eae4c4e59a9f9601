import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {readReference} from "../../src/corpus/reference.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {bodyPart, FACT_PARTS} from "../../src/tables/body-part.ts";
import {bodyPartFiles, bodyPartName} from "../../src/tables/page-parts.ts";
import {publishedTables} from "../../src/tables/published.ts";

const corpus = loadCorpus("test/fixtures/site");
const tables = publishedTables(corpus, readReference("test/fixtures/site"));

describe("bodyPartFiles", () => {
  it.each(["items", "texts", "reports"])(
    "splits %s by body into every partition, each body's rows whole and in order",
    (name) => {
      const table = tables.get(name)!;
      const files = bodyPartFiles(table, name);
      expect(Object.keys(files)).toEqual(Array.from({length: FACT_PARTS}, (_, i) => bodyPartName(name, i)));
      const all = arrowRows<{body: string}>(toArrowStream(table));
      expect(all.length).toBeGreaterThan(0);
      for (const body of new Set(all.map((r) => r.body))) {
        const part = arrowRows<{body: string}>(files[bodyPartName(name, bodyPart(body))]!);
        expect(part.filter((r) => r.body === body)).toEqual(all.filter((r) => r.body === body));
      }
      const total = Object.values(files).reduce((sum, bytes) => sum + arrowRows(bytes).length, 0);
      expect(total).toBe(all.length);
    },
  );

  it("names the table without a body column, in Chinese", () => {
    expect(() => bodyPartFiles(tables.get("metrics")!, "metrics")).toThrow(
      "数据表 metrics 没有 body 列，无法按单位拆分",
    );
  });
});
