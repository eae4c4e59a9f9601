import {copyFileSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readMetrics} from "../../src/corpus/metric-phrases.ts";
import {METRICS} from "../../src/model/catalogue.ts";

describe("readMetrics", () => {
  it("is the catalogue when data/ has no phrase file", () => {
    expect(readMetrics(mkdtempSync(join(tmpdir(), "fazhi-"))).map((m) => m.id)).toEqual(METRICS.map((m) => m.id));
  });

  it("extends it from data/metric-phrases.csv, saved by Excel as GB18030 too", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-"));
    copyFileSync("test/fixtures/phrases/gb18030.csv", join(dir, "metric-phrases.csv"));
    expect(readMetrics(dir).at(-1)).toMatchObject({id: "hotline.callbacks", label: "热线回访"});
  });

  it("stops on a bad row with the file and the line", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-"));
    writeFileSync(join(dir, "metric-phrases.csv"), "metric,phrase\nstudy.sessions,行政检查\n");
    expect(() => readMetrics(dir)).toThrow(
      /metric-phrases\.csv:2: phrase "行政检查" already names enforcement\.inspections/,
    );
  });
});
