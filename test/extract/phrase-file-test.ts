import {describe, expect, it} from "vitest";
import {indexCatalogue} from "../../src/extract/catalogue-index.ts";
import {extendCatalogue} from "../../src/extract/phrase-file.ts";
import {extractText} from "../../src/extract/report.ts";

const HEADER = "metric,phrase,label,unit,area,note\n";
const metricsOf = (rows: string) => extendCatalogue("data/metric-phrases.csv", HEADER + rows);
const error = (rows: string) => {
  try {
    metricsOf(rows);
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
};

describe("extendCatalogue", () => {
  it("adds a phrase to a metric, and the extractor then reads it", () => {
    const text = "2024年，全年开展执法巡查120次。";
    expect(extractText(text, {body: "t", year: 2024}).facts).toEqual([]);
    const catalogue = indexCatalogue(metricsOf("enforcement.inspections,执法巡查,,,,巡查是行政检查的一种\n"));
    const facts = extractText(text, {body: "t", year: 2024}, undefined, {catalogue}).facts;
    expect(facts.map((f) => [f.metric, f.value, f.raw])).toEqual([["enforcement.inspections", 120, "执法巡查120次"]]);
  });

  it("adds a new metric with its label, unit and area", () => {
    const metrics = metricsOf(
      "hotline.callbacks,回访,12345热线回访,件|个,functions,\nhotline.callbacks,电话回访,,,,\n",
    );
    expect(metrics.find((m) => m.id === "hotline.callbacks")).toMatchObject({
      label: "12345热线回访",
      unit: "件",
      units: ["件", "个"],
      area: "functions",
      phrases: ["回访", "电话回访"],
    });
  });

  it("stops on a row it cannot take, naming the file, the line and why", () => {
    expect(error("no.such.metric,巡查,,,,\n")).toBe(
      'data/metric-phrases.csv:2: metric "no.such.metric" is not in the catalogue: give label, unit and area to add it',
    );
    expect(error("enforcement.inspections,巡查,,,,\nx.y,回访,回访,斤,functions,\n")).toMatch(
      /^data\/metric-phrases.csv:3: unit "斤"/,
    );
    expect(error("x.y,回访,回访,件,nowhere,\n")).toMatch(/:2: area "nowhere"/);
    expect(error("study.sessions,行政检查,,,,\n")).toBe(
      'data/metric-phrases.csv:2: phrase "行政检查" already names enforcement.inspections (行政检查) for the same unit',
    );
    expect(error("study.sessions,学习，研讨,,,,\n")).toMatch(/:2: phrase "学习，研讨" must be the words of one clause/);
    expect(error("study.sessions,巡查,,件,,\n")).toMatch(
      /:2: metric "study.sessions" is in the catalogue with unit 次/,
    );
    expect(error('study.sessions,"巡查,,,,\n')).toMatch(/a quote \("\) is not closed/);
    expect(error("study.sessions,巡查,,,,,,extra\n")).toMatch(/:2: 8 fields, the header has 6/);
    expect(extendCatalogue("f.csv", "metric,phrase\n\n", []).length).toBe(0);
  });

  it("refuses a new metric in a multiple of a unit, which no figure would ever meet", () => {
    expect(error("enterprise.loans,贷款,惠企贷款,万元,functions,\n")).toBe(
      'data/metric-phrases.csv:2: unit "万元" is a multiple: figures are read in 元 (3.5万元 → 35000 元), give 元',
    );
    expect(error("enterprise.loans,贷款,惠企贷款,元|亿元,functions,\n")).toMatch(/:2: unit "亿元" is a multiple/);
  });

  it("takes an ellipsis typed as three dots, doubled or as ⋯ for the gap between a phrase's words", () => {
    for (const gap of ["...", "……", "⋯"]) {
      const metric = metricsOf(`enforcement.inspections,开展${gap}巡查,,,,\n`).find(
        (m) => m.id === "enforcement.inspections",
      );
      expect(metric!.phrases).toContain("开展…巡查");
    }
  });

  it("names the right line after a note that runs over several lines", () => {
    expect(error('enforcement.inspections,巡查,,,,"第一行\n第二行\n第三行"\nno.such.metric,回访,,,,\n')).toMatch(
      /^data\/metric-phrases.csv:5: metric "no.such.metric"/,
    );
  });

  it("needs the metric and phrase columns", () => {
    expect(() => extendCatalogue("f.csv", "id,words\n")).toThrow("f.csv:1: missing column metric, phrase");
  });
});
