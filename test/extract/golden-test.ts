import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {everyNumber} from "./every-number.ts";
import {extractReport} from "../../src/extract/report.ts";

const golden = JSON.parse(readFileSync("test/fixtures/golden/dalian-hitech-2024.json", "utf8"));
const extraction = extractReport(readFileSync("data/reports/dalian-hitech/2024.txt"), {
  body: "dalian-hitech",
  year: 2024,
});
const {report, text, facts, numbers, checks} = extraction;

describe("the seed report, against its reading by hand", () => {
  it("gives every fact with its metric, category, value, unit and qualifier", () => {
    expect(facts.map((f) => [f.metric, f.category, f.value, f.unit, f.qualifier])).toEqual(golden.facts);
  });

  it("finds every quantity, and no other, with value, unit and qualifier", () => {
    const quantities = numbers.filter((n) => n.kind === "quantity" || n.kind === "percent");
    expect(quantities.map((n) => [n.raw, n.value, n.unit, n.qualifier])).toEqual(golden.quantities);
    expect(quantities.every((n) => n.metric !== null)).toBe(true);
  });

  it("keeps years, meetings, outline numbers and names apart, and never as facts", () => {
    const others = everyNumber(extraction).filter((n) => n.kind !== "quantity" && n.kind !== "percent");
    expect(others.map((n) => [n.kind, n.raw])).toEqual(golden.others);
    expect(others.every((n) => n.metric === null)).toBe(true);
  });

  it("points every figure at its place in the text, and counts the repeated copy once", () => {
    expect(report.duplicates_removed).toBe(golden.duplicates_removed);
    for (const item of [...facts, ...numbers]) expect(text.slice(item.start, item.end)).toBe(item.raw);
    for (const f of facts) expect(text.slice(f.sentence_start, f.sentence_end)).toBe(f.sentence);
    expect(facts.find((f) => f.category === "行政许可")).toMatchObject({raw: "行政许可155项", section: "一、(二)"});
  });

  it("passes its checks, warning of the repeated paragraphs", () => {
    const status = Object.fromEntries(checks.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({
      "power_list.category_sum": "pass",
      "shares.range": "pass",
      "report.year": "pass",
      "report.duplicates": "warn",
      "enforcement.tasks_nested": "pass",
    });
    expect(checks.find((c) => c.id === "power_list.category_sum")!.message).toContain("2173");
  });
});
