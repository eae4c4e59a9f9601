import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {splitParagraphs} from "../../src/extract/paragraphs.ts";
import {reportParts} from "../../src/extract/report-parts.ts";
import {extractReport} from "../../src/extract/report.ts";
import type {ReportPartId} from "../../src/model/report-parts.ts";

/** The parts found in a text, as part → how ("heading" / "wording" / "-"). */
function partsOf(text: string, year: number | null = 2024): Record<ReportPartId, string> {
  const parts = reportParts(splitParagraphs(text), year);
  for (const p of parts) if (p.present) expect(text.slice(p.start, p.end)).toBe(p.raw);
  return Object.fromEntries(parts.map((p) => [p.part, p.via ?? "-"])) as Record<ReportPartId, string>;
}

/** An invented report outline: its headings, each followed by a line of text. */
function outline(...headings: string[]): string {
  return headings.map((h) => `${h}\n本部分为测试用虚构文字。`).join("\n");
}

describe("reportParts: the parts the rules require, found from headings", () => {
  it.each([
    ["一、2024年法治政府建设主要举措和成效", "measures"],
    ["一、主要工作开展情况", "measures"],
    ["一、工作成效", "measures"],
    ["第一部分 主要做法", "measures"],
    ["二、存在的问题", "shortcomings"],
    ["二、存在的不足和原因", "shortcomings"],
    ["（二）不足之处", "shortcomings"],
    ["三、短板和薄弱环节", "shortcomings"],
    ["二、问题与差距", "shortcomings"],
    ["三、党政主要负责人履行推进法治建设第一责任人职责情况", "responsibility"],
    ["三、区政府主要负责同志履行职责情况", "responsibility"],
    ["三、主要负责人述法情况", "responsibility"],
    ["四、2025年工作打算", "plans"],
    ["四、下一步工作安排", "plans"],
    ["四、下一年度主要安排", "plans"],
    ["四、今后工作思路", "plans"],
    ["四、2025年工作思路", "plans"],
    ["4.2025年重点任务", "plans"],
    ["五、其他需要报告的情况", "other"],
    ["五、其他事项", "other"],
  ] as const)("%s opens %s", (heading, part) => {
    expect(partsOf(outline("（测试用虚构报告）", heading))[part]).toBe("heading");
  });

  it("reads one heading as two parts when it names both (存在的问题及下一步打算)", () => {
    const parts = partsOf(outline("一、主要举措和成效", "二、存在的问题及下一步工作打算"));
    expect(parts).toMatchObject({measures: "heading", shortcomings: "heading", plans: "heading"});
  });

  it("takes a heading that stands alone without a number, and not the report's title", () => {
    const text = "青禾县2024年度法治政府建设情况的报告\n存在的问题：\n一是执法人员不足。\n下一步工作打算\n继续推进。";
    expect(partsOf(text)).toMatchObject({measures: "-", shortcomings: "heading", plans: "heading"});
  });

  it("does not take a measure about solving problems or its own year's tasks for a part", () => {
    const text = outline(
      "一、主要举措",
      "（一）着力解决群众急难愁盼问题",
      "（二）补齐基层执法短板",
      "（三）2024年重点任务完成情况",
    );
    expect(partsOf(text)).toMatchObject({shortcomings: "-", plans: "-"});
  });

  it("takes a report set out by topic as giving its measures under its first topic", () => {
    const parts = reportParts(splitParagraphs(outline("一、深入学习贯彻习近平法治思想", "二、存在的问题")), 2024);
    expect(parts[0]).toMatchObject({part: "measures", via: "heading", raw: "一、深入学习贯彻习近平法治思想"});
  });
});

describe("reportParts: the parts a report states without a heading", () => {
  it.each([
    ["一年来，我区工作取得了一定成效，但也存在一些不足。", "shortcomings"],
    ["对照上级要求，仍有一定差距。", "shortcomings"],
    ["短板弱项主要表现在执法力量薄弱。", "shortcomings"],
    ["区长作为推进法治建设第一责任人，带头述法。", "responsibility"],
    ["区政府主要负责同志认真履行推进法治建设第一责任人职责，主持召开常务会议4次。", "responsibility"],
    ["下一步，我局将继续加强执法监督。", "plans"],
    ["2025年，本区将持续推进依法行政。", "plans"],
    ["法治政府建设取得明显成效。", "measures"],
  ] as const)("%s states %s", (sentence, part) => {
    expect(partsOf(`（测试用虚构报告）\n本段为虚构。${sentence}其余为虚构。`)[part]).toBe("wording");
  });

  it("does not read a denial as shortcomings, nor the report's own year as plans", () => {
    expect(partsOf("（测试用虚构报告）\n经自查，未发现存在问题。\n2024年，本区将…（本年）")).toMatchObject({
      shortcomings: "-",
      plans: "-",
    });
  });

  it("prefers a heading to wording found earlier", () => {
    const text = "（测试用虚构报告）\n工作中也存在一些问题。\n一、主要举措\n二、存在的主要问题\n一是…。";
    const shortcomings = reportParts(splitParagraphs(text), 2024)[1]!;
    expect(shortcomings).toMatchObject({via: "heading", raw: "二、存在的主要问题"});
  });
});

describe("the parts of the seed report, against its reading by hand", () => {
  const golden = JSON.parse(readFileSync("test/fixtures/golden/dalian-hitech-2024-parts.json", "utf8"));
  const {report, text, parts} = extractReport(readFileSync("data/reports/dalian-hitech/2024.txt"), {
    body: "dalian-hitech",
    year: 2024,
  });

  it("has measures and plans under headings, shortcomings stated without one, no first-responsible-person part", () => {
    expect(parts.map(({part, present, via, raw}) => ({part, present, via, raw}))).toEqual(golden.parts);
    for (const p of parts.filter((p) => p.present)) expect(text.slice(p.start, p.end)).toBe(p.raw);
    expect(report.signed_on).toBe(golden.signed_on);
  });
});

describe("the parts of the catalogue's test reports", () => {
  it.each([
    ["county-2024", {measures: "heading", shortcomings: "heading", responsibility: "heading", plans: "heading"}],
    [
      "city-department-2023",
      {measures: "heading", shortcomings: "heading", responsibility: "heading", plans: "heading"},
    ],
    ["zone-2025", {measures: "heading", shortcomings: "heading", responsibility: "heading", plans: "heading"}],
  ] as const)("%s gives every required part under its heading", (name, expected) => {
    const {parts} = extractReport(readFileSync(`test/fixtures/catalogue/${name}.txt`), {body: name, year: null});
    expect(Object.fromEntries(parts.map((p) => [p.part, p.via ?? "-"]))).toEqual({...expected, other: "-"});
  });
});
