import {beforeAll, describe, expect, it} from "vitest";
import type {SqlConnection} from "../../src/components/duckdb.ts";
import {
  hasNextReport,
  outlookItems,
  outlookItemsFrom,
  reportChecks,
  reportFacts,
  reportFactsFrom,
  reportInfo,
  reportInfoFrom,
  reportItems,
  reportItemsFrom,
  unmappedNumbers,
  type PublishedItem,
  type ReportInfo,
} from "../../src/components/report-queries.ts";
import {queryTyped} from "../../src/components/duckdb.ts";
import {FIXTURE_TABLES, openNodeDuckDB} from "../dom/duckdb-node.ts";

const dl2024 = {body: "dl", body_zh: "大连高新区", year: 2024};
const dl2023 = {body: "dl", body_zh: "大连高新区", year: 2023};
let db: SqlConnection;

beforeAll(async () => {
  const duck = await openNodeDuckDB();
  duck.run(FIXTURE_TABLES);
  db = duck;
  // DuckDB-WASM compiles its module first: seconds on a busy machine.
}, 60_000);

describe("reportFacts", () => {
  it("gives one report's facts in the report's order, and the same as reading them from rows", async () => {
    const facts = await reportFacts(db, dl2024);
    expect(facts.map((f) => f.raw)).toEqual(["2173项", "行政处罚1719项", "行政许可200项", "近40次"]);
    const all = [...(await reportFacts(db, dl2023)), ...facts].reverse();
    expect(reportFactsFrom(all, dl2024)).toEqual(facts);
  });

  it("quotes ids, so that a quote in one selects nothing rather than breaking the query", async () => {
    expect(await reportFacts(db, {body: "dl' OR '1'='1", body_zh: "", year: 2024})).toEqual([]);
  });
});

describe("reportItems", () => {
  it("takes the items of one topic, or all", async () => {
    expect((await reportItems(db, dl2024, "study")).map((i) => i.name)).toEqual(["专题讲座"]);
    expect(await reportItems(db, dl2024)).toHaveLength(3);
  });

  it("gives the same items from rows already read, in any order", async () => {
    const all = (await queryTyped<PublishedItem>(db, "SELECT * FROM items")).reverse();
    expect(reportItemsFrom(all, dl2024, "study")).toEqual(await reportItems(db, dl2024, "study"));
    expect(reportItemsFrom(all, dl2024)).toEqual(await reportItems(db, dl2024));
  });
});

describe("reportChecks", () => {
  it("gives every check, or the failed ones of a prefix", async () => {
    expect(await reportChecks(db, dl2024)).toHaveLength(3);
    const failed = await reportChecks(db, dl2024, {failedOnly: true, prefix: "power_list."});
    expect(failed.map((c) => c.id)).toEqual(["power_list.sum"]);
    expect(await reportChecks(db, dl2024, {failedOnly: true, prefix: "shares."})).toEqual([]);
  });
});

describe("outlookItems", () => {
  it("says why a plan has no evidence: the next report lacks it, or there is none yet", async () => {
    const latest = await outlookItems(db, dl2024);
    expect(latest.find((i) => i.kind === "plan")?.evidence_note).toBe("尚无2025年报告，无法核对落实情况。");
    expect(latest.find((i) => i.kind === "shortcoming")?.evidence_note).toBeUndefined();
    expect(await hasNextReport(db, dl2023)).toBe(true);
    const earlier = await outlookItems(db, dl2023);
    expect(earlier[0]?.evidence).toBe("已完善权责清单");
    expect(earlier[0]?.evidence_note).toBeUndefined();
  });

  it("gives the same from rows already read and the list of reports, without DuckDB", async () => {
    const all = (await queryTyped<PublishedItem>(db, "SELECT * FROM items")).reverse();
    const reports = await queryTyped<{body: string; year: number}>(db, "SELECT body, year FROM reports");
    expect(outlookItemsFrom(all, dl2024, reports)).toEqual(await outlookItems(db, dl2024));
    expect(outlookItemsFrom(all, dl2023, reports)).toEqual(await outlookItems(db, dl2023));
  });
});

describe("reportInfo and unmappedNumbers", () => {
  it("give the report's description with its text, and its unmapped numbers", async () => {
    const info = await reportInfo(db, dl2024);
    expect([info.chars, info.text]).toEqual([1500, "权力事项2173项。"]);
    expect((await unmappedNumbers(db, dl2024)).map((n) => n.raw)).toEqual(["培训3000人次"]);
  });

  it("give the same description and text from rows already read", async () => {
    const rows = await queryTyped<ReportInfo>(db, "SELECT * FROM reports JOIN texts USING (body, year)");
    expect(reportInfoFrom(rows, dl2024)).toEqual(await reportInfo(db, dl2024));
    expect(() => reportInfoFrom(rows, {body: "sy", body_zh: "沈阳市", year: 2024})).toThrow(
      "没有沈阳市2024年的报告原文",
    );
  });

  it("names the report it has no text of, in Chinese", async () => {
    await expect(reportInfo(db, {body: "sy", body_zh: "沈阳市", year: 2024})).rejects.toThrow(
      "没有沈阳市2024年的报告原文",
    );
  });
});
