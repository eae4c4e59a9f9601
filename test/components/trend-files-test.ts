import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {metricFigures, type TrendFiles} from "../../src/components/trend-files.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {trendPartitions} from "../../src/tables/trend-values.ts";

describe("metricFigures", () => {
  const corpus = loadCorpus("test/fixtures/site");
  const {manifest, parts} = trendPartitions(corpus.extractions, corpus.bodies, corpus.metrics);
  const fetched: number[] = [];
  const files: TrendFiles = {
    manifest: async () => manifest,
    parts: parts.map((table, i) => async () => {
      fetched.push(i);
      return toArrowStream(table).slice().buffer;
    }),
  };

  it("reads a metric's figures from the one file that holds it, once", async () => {
    const items = manifest.metrics.find((m) => m.metric === "power_list.items")!;
    const figures = await metricFigures(files, items);
    expect(figures.map((f) => [f.body_zh, f.year, f.value])).toEqual([
      ["大连高新区", 2023, 1098],
      ["大连高新区", 2024, 1140],
      [expect.any(String), 2024, 860],
    ]);
    await metricFigures(files, items);
    expect(fetched).toEqual([items.part]);
  });

  it("says which file is missing in Chinese", async () => {
    await expect(metricFigures({...files, parts: []}, {...manifest.metrics[0]!, part: 3})).rejects.toThrow(
      "趋势数据缺少第 3 个分区文件",
    );
  });
});
