import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readReference} from "../../src/corpus/reference.ts";
import {referenceTable} from "../../src/tables/reference.ts";
import {InputError} from "../../src/extract/input-error.ts";
import {METRIC_LABELS, METRICS} from "../../src/model/catalogue.ts";

const HEADER = "body_id,body_zh,body_kind,year,metric,category,value,qualifier,unit,label_zh,source_url";

function dataDir(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-ref-"));
  mkdirSync(join(dir, "reference"));
  writeFileSync(join(dir, "reference", "reference-figures.csv"), [HEADER, ...rows].join("\n"));
  return dir;
}

describe("readReference", () => {
  it("reads the curated peers' figures, each with its source address", () => {
    const figures = readReference("data");
    expect(figures.length).toBeGreaterThanOrEqual(40);
    expect(figures.find((f) => f.body_id === "dalian-city" && f.metric === "power_list.items")).toMatchObject({
      year: 2024,
      value: 3507,
      qualifier: "exact",
      source_url: "http://szb.dltv.cn/epaper/dlrb/pc/content/202503/10/content_98456.html",
    });
    expect(figures.every((f) => /^https?:\/\//.test(f.source_url))).toBe(true);
  });

  const line = (value: string, {metric = "power_list.items", unit = "项", year = "2024"} = {}) =>
    `x,某市,city,${year},${metric},,${value},exact,${unit},标签,http://a.example/`;

  it.each([
    [line("abc"), 'value "abc" is not a number written in digits'],
    [line("0x10"), 'value "0x10" is not a number written in digits'],
    [line("1e3"), 'value "1e3" is not a number written in digits'],
    [line("1,140").replace(",1,140,", ',"1,140",'), 'value "1,140" is not a number written in digits'],
    [line(" 5"), 'value " 5" is not a number written in digits'],
    [line("Infinity"), 'value "Infinity" is not a number written in digits'],
    [line(""), 'value "" is not a number written in digits'],
    [line("-5"), 'value "-5" is negative'],
    [line("－5"), 'value "－5" is negative'],
    [line("100.5", {metric: "inspection.joint_random_share", unit: "%"}), "value 100.5% is a share above 100 %"],
    [line("250", {metric: "inspection.joint_random_share", unit: "％"}), "value 250% is a share above 100 %"],
    [line("1", {metric: "power_list.itmes"}), 'metric "power_list.itmes" is not in the catalogue'],
    [line("1", {metric: "constructor"}), 'metric "constructor" is not in the catalogue'],
    [line("1", {year: "24"}), 'year "24" is not a year'],
    [line("1", {year: "0000"}), 'year "0000" is not a year'],
    ["x,某市,city,2024,power_list.items,,1,roughly,项,标签,http://a.example/", 'qualifier "roughly"'],
    ["x,某市,city,2024,power_list.items,,1,constructor,项,标签,http://a.example/", 'qualifier "constructor"'],
    ["x,某市,city,2024,power_list.items,,1,exact,项,标签,", 'source_url "" is not a web address'],
    [line("0.35", {unit: "万项"}), 'unit "万项" does not fit power_list.items, whose figures are in 项 or 条'],
    [
      line("12", {metric: "training.exam_participants", unit: "件"}),
      'unit "件" does not fit training.exam_participants',
    ],
    [line("2.3", {metric: "enterprise.funds", unit: "万元"}), 'unit "万元" does not fit enterprise.funds'],
    [
      line("69", {metric: "inspection.joint_random_share", unit: ""}),
      'unit "" does not fit inspection.joint_random_share, a share: give %',
    ],
    [line("3", {metric: "services.items", unit: "万项"}), 'unit "万项" is not a unit figures are counted in'],
    [line("3", {metric: "services.items", unit: ""}), 'unit "" is not a unit figures are counted in'],
  ])("names the file and line of a bad row: %s", (row, problem) => {
    const dir = dataDir([row]);
    expect(() => readReference(dir)).toThrow(InputError);
    expect(() => readReference(dir)).toThrow(/reference-figures\.csv:2: /);
    expect(() => readReference(dir)).toThrow(problem);
  });

  it("accepts a share of exactly 100 %, 0, and decimals as written", () => {
    const dir = dataDir([
      line("100", {metric: "inspection.joint_random_share", unit: "%"}),
      line("0", {metric: "power_list.subitems"}),
      line("69.45", {metric: "inspection.enterprise_reduction_share", unit: "%"}),
    ]);
    expect(readReference(dir).map((f) => f.value)).toEqual([100, 0, 69.45]);
  });

  it("rejects two values for one figure, and reads an identical row once", () => {
    const conflicting = dataDir([line("120"), line("121")]);
    expect(() => readReference(conflicting)).toThrow(/reference-figures\.csv:3: 与第 2 行/);
    const repeated = dataDir([line("120"), line("120")]);
    expect(readReference(repeated)).toHaveLength(1);
  });

  it("accepts every metric of the catalogue", () => {
    const dir = dataDir(METRICS.map(({id, unit}) => line("1", {metric: id, unit})));
    expect(readReference(dir)).toHaveLength(METRIC_LABELS.size);
  });

  it("publishes the catalogue's label beside the source's own wording", () => {
    const table = referenceTable(readReference("data"));
    const row = table
      .toArray()
      .find((r) => r.metric === "study.sessions")!
      .toJSON();
    expect(row.label).toBe("学习研讨次数");
    expect(row.label_zh).not.toBe("");
  });
});
