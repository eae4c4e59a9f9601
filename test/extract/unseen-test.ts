import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {everyNumber} from "./every-number.ts";
import {extractReport} from "../../src/extract/report.ts";

// Reports written for these tests in phrasings the seed does not use: other bodies and years, other
// orders of categories, 其中/包括/含, Chinese numerals, full-width digits, separators, 万, qualifiers.
const read = (name: string) => {
  const extraction = extractReport(readFileSync(`test/fixtures/unseen/${name}.txt`), {body: name, year: null});
  for (const item of [...extraction.facts, ...extraction.numbers]) {
    expect(extraction.text.slice(item.start, item.end)).toBe(item.raw);
  }
  return extraction;
};
const facts = (name: string) =>
  read(name).facts.map((f) => [f.metric, f.category, f.value, f.unit, f.qualifier].filter((x) => x !== null).join(" "));
const status = (name: string) => Object.fromEntries(read(name).checks.map((c) => [c.id, c.status]));

describe("a report with Chinese numerals, 其中, full-width digits and 万 (hunnan-2023)", () => {
  it("reads each figure with its qualifier", () => {
    expect(facts("hunnan-2023")).toEqual([
      // 区政府常务会议学法 is the executive meeting's study, its own metric, not a study session.
      "study.executive_meetings 15 次 exact",
      "study.groups 21 个 exact",
      "study.sessions 120 次 exact",
      "power_list.items 2356 项 exact",
      "power_list.subitems 3001 项 exact",
      "power_list.category 行政处罚 1200 项 exact",
      "power_list.category 行政检查 300 项 exact",
      "power_list.category 行政强制 50 项 exact",
      "power_list.category 行政许可 400 项 exact",
      "power_list.category 行政确认 200 项 exact",
      "power_list.category 行政征收 30 项 exact",
      "power_list.category 行政给付 40 项 exact",
      "power_list.category 行政奖励 20 项 exact",
      "power_list.category 行政裁决 11 项 exact",
      "power_list.category 其他行政权力 700 项 exact",
      "power_list.category 公共服务 50 项 exact",
      "enforcement.tasks.major 5 大项 exact",
      "enforcement.tasks.minor 18 小项 exact",
      "enforcement.tasks.measures 46 项 exact",
      "enforcement.penalty_cases 500 件 more_than",
      "enforcement.penalty_amount 12000 元 exact",
      "inspection.enterprise_items 45 项 exact",
      "enterprise.benefited 15000 家 approx",
      "enterprise.demands_resolved_share 98 % exact",
      "enterprise.key_service_share 60 % at_least",
    ]);
  });

  it("keeps the unmapped quantities, with their qualifiers, and the year written in numerals", () => {
    const extraction = read("hunnan-2023");
    const {numbers, report} = extraction;
    const unmapped = numbers.filter((n) => n.metric === null && (n.kind === "quantity" || n.kind === "percent"));
    expect(unmapped.map((n) => [n.raw, n.value, n.unit, n.qualifier])).toEqual([
      ["超过3000人次", 3000, "人次", "more_than"],
      ["不足百分之五十", 50, "%", "less_than"],
      ["不到10场", 10, "场", "less_than"],
    ]);
    expect(report.year).toBe(2023);
    expect(everyNumber(extraction).find((n) => n.raw === "第二十五批")?.kind).toBe("ordinal");
    expect(everyNumber(extraction).find((n) => n.raw === "一网通办")?.kind).toBe("name");
  });

  it("passes its checks", () => {
    expect(status("hunnan-2023")).toMatchObject({"power_list.category_sum": "pass", "shares.range": "pass"});
  });
});

describe("a report with no sub-items and spaces around numbers (lvshun-2022)", () => {
  it("sums the categories to the item total", () => {
    expect(facts("lvshun-2022")).toEqual([
      "power_list.items 880 项 exact",
      "power_list.category 行政许可 120 项 exact",
      "power_list.category 行政处罚 500 项 exact",
      "power_list.category 行政检查 60 项 exact",
      "power_list.category 行政强制 20 项 exact",
      "power_list.category 其他行政权力 180 项 exact",
      "training.exam_participants 2000 人次 exact",
      "publicity.events 18 场 exact",
    ]);
    expect(read("lvshun-2022").checks.find((c) => c.id === "power_list.category_sum")?.message).toContain(
      "等于权力事项总数880项",
    );
  });
});

describe("an inconsistent report (jinzhou-2021)", () => {
  it("keeps its numbers and fails the checks they break, saying by how much", () => {
    expect(facts("jinzhou-2021")).toContain("power_list.subitems 1500 项 exact");
    expect(status("jinzhou-2021")).toMatchObject({"power_list.category_sum": "fail", "shares.range": "fail"});
    const sum = read("jinzhou-2021").checks.find((c) => c.id === "power_list.category_sum");
    expect(sum?.message).toBe("5类合计1450项，与子项总数1500项不符（少50项）");
  });
});
