import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readingLog} from "../../src/corpus/reading-log.ts";
import {extractReport} from "../../src/extract/report.ts";

const read = (file: string, body: string) =>
  extractReport(readFileSync(join("test/fixtures/bad", file)), {body, year: 2024});

describe("readingLog", () => {
  it("gives one line per report: its file, the figures read, and the checks' outcomes", () => {
    const good = read("report.txt", "good");
    const failing = read("category-sum.txt", "bad-sum");
    const lines = readingLog([good, failing], join(process.cwd(), "data"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `读取 data/reports/good/2024.txt：数字 ${good.facts.length} 个；核对 通过 ${good.checks.filter((c) => c.status === "pass").length} · 不适用 ${good.checks.filter((c) => c.status === "skip").length}`,
    );
    expect(lines[1]).toMatch(/^读取 data\/reports\/bad-sum\/2024\.txt：数字 \d+ 个；核对 通过 \d+ · 不通过 1/);
  });
});
