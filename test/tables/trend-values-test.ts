import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {arrowRows} from "../../src/components/arrow-rows.ts";
import {toArrowStream} from "../../src/io/arrow.ts";
import {
  TREND_PARTS,
  trendFiles,
  trendPartName,
  trendPartitions,
  trendSummaries,
  trendValues,
  type TrendValue,
} from "../../src/tables/trend-values.ts";

// The test site's data: the seed, an invented 2023 report for the same body, and an invented body's 2024 report.
const corpus = loadCorpus("test/fixtures/site");

describe("trendValues", () => {
  const values = trendValues(corpus.extractions, corpus.bodies);

  it("gives each report's one figure for a metric, as written, and no category's", () => {
    const items = values.filter((v) => v.metric === "power_list.items");
    expect(items.map((v) => [v.body, v.year, v.value, v.raw])).toEqual([
      ["dalian-hitech", 2023, 1098, expect.stringContaining("1098")],
      ["dalian-hitech", 2024, 1140, expect.stringContaining("1140")],
      [expect.any(String), 2024, 860, expect.stringContaining("860")],
    ]);
    expect(values.some((v) => v.metric === "power_list.category")).toBe(false);
    const keys = values.map((v) => `${v.metric} ${v.body} ${v.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("marks the invented reports", () => {
    const seed = values.find((v) => v.body === "dalian-hitech" && v.year === 2024)!;
    expect(seed.synthetic).toBe(0);
    expect(values.find((v) => v.body === "dalian-hitech" && v.year === 2023)!.synthetic).toBe(1);
  });
});

describe("trendSummaries", () => {
  const value = (year: number, v: number): TrendValue => ({
    metric: "m",
    body: `b${v}`,
    body_zh: `单位${v}`,
    year,
    value: v,
    unit: "项",
    qualifier: "exact",
    raw: `${v}项`,
    start: 0,
    end: 1,
    synthetic: 0,
  });

  it("gives the quartiles and median of each year, interpolated as spreadsheets do", () => {
    const summary = trendSummaries([4, 1, 3, 2].map((v) => value(2024, v)).concat([value(2023, 7)]));
    expect(summary.get("m")).toEqual([
      {year: 2023, bodies: 1, p25: 7, median: 7, p75: 7},
      {year: 2024, bodies: 4, p25: 1.75, median: 2.5, p75: 3.25},
    ]);
  });
});

describe("trendPartitions", () => {
  const {manifest, parts} = trendPartitions(corpus.extractions, corpus.bodies, corpus.metrics);

  it("puts each metric's values in the one file the manifest names", () => {
    expect(parts).toHaveLength(TREND_PARTS);
    for (const metric of manifest.metrics) {
      const rows = arrowRows<TrendValue>(toArrowStream(parts[metric.part]!));
      expect(rows.filter((r) => r.metric === metric.metric).length).toBeGreaterThan(0);
    }
    const total = parts.reduce((sum, table) => sum + table.numRows, 0);
    expect(total).toBe(trendValues(corpus.extractions, corpus.bodies).length);
  });

  it("lists metrics given in the most years first, with each year's spread and the bodies with a report", () => {
    const items = manifest.metrics.find((m) => m.metric === "power_list.items")!;
    expect(manifest.metrics[0]!.years).toBe(2);
    expect(items).toMatchObject({label: "权力事项", unit: "项", years: 2});
    expect(items.summary).toEqual([
      {year: 2023, bodies: 1, p25: 1098, median: 1098, p75: 1098},
      {year: 2024, bodies: 2, p25: 930, median: 1000, p75: 1070},
    ]);
    const reporting = new Set(corpus.extractions.map((e) => e.report.body));
    expect(new Set(manifest.bodies.map((b) => b.body))).toEqual(reporting);
    expect(manifest.bodies.find((b) => b.body === "dalian-hitech")!.body_zh).toBe("大连高新区");
  });

  it("publishes the manifest and every file by name, empty ones too", () => {
    const files = trendFiles(corpus.extractions, corpus.bodies, corpus.metrics);
    expect(Object.keys(files)).toEqual([
      "trends.json",
      ...Array.from({length: TREND_PARTS}, (_, i) => trendPartName(i)),
    ]);
    expect(trendPartName(3)).toBe("trends-03.arrow");
    expect(JSON.parse(files["trends.json"] as string)).toEqual(manifest);
  });
});
