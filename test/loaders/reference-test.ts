import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readReference, referenceTable} from "../../loaders/reference.ts";
import {InputError} from "../../src/extract/input-error.ts";

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

  it.each([
    ["x,某市,city,2024,power_list.items,,abc,exact,项,标签,http://a.example/", 'line 2: value "abc" is not a number'],
    ["x,某市,city,24,power_list.items,,1,exact,项,标签,http://a.example/", 'line 2: year "24" is not a year'],
    ["x,某市,city,2024,power_list.items,,1,roughly,项,标签,http://a.example/", 'qualifier "roughly"'],
    ["x,某市,city,2024,power_list.items,,1,exact,项,标签,", 'source_url "" is not a web address'],
  ])("names the file and line of a bad row: %s", (row, problem) => {
    const dir = dataDir([row]);
    expect(() => readReference(dir)).toThrow(InputError);
    expect(() => readReference(dir)).toThrow(problem);
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
