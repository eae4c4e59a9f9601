import {spawnSync} from "node:child_process";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {parquetToArrowStream} from "../../src/io/parquet.ts";

const SEED = "data/reports/dalian-hitech/2024.txt";

/** Runs the command line as a user does, through its `bin` script. */
function fazhi(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/fazhi.js", ...args], {maxBuffer: 64 * 1024 * 1024});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr.toString()};
}

describe("fazhi extract", () => {
  it("prints the report, facts, numbers and checks as JSON, and warnings on stderr", () => {
    const {status, stdout, stderr} = fazhi("extract", SEED, "--format", "json");
    expect(status).toBe(0);
    const output = JSON.parse(stdout.toString());
    expect(Object.keys(output)).toEqual(["report", "facts", "numbers", "checks", "items"]);
    expect(output.report).toMatchObject({body: "dalian-hitech", year: 2024, duplicates_removed: 22});
    expect(output.facts.find((f: {category: string}) => f.category === "行政处罚")).toMatchObject({
      value: 1719,
      raw: "行政处罚1719项",
    });
    expect(stderr).toContain("report.duplicates");
  });

  it("prints CSV with a BOM, one row per fact", () => {
    const {status, stdout} = fazhi("extract", SEED, "--format=csv");
    expect(status).toBe(0);
    const text = stdout.toString("utf8");
    expect(text.startsWith("\ufeffbody,year,metric,label,category,value")).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(1 + 22);
  });

  it("prints Parquet that reads back to the facts", () => {
    const {status, stdout} = fazhi("extract", SEED, "--format", "parquet");
    expect(status).toBe(0);
    const table = tableFromIPC(parquetToArrowStream(new Uint8Array(stdout)));
    expect(table.numRows).toBe(22);
  });

  it("reads a GB18030 file and exits 0 when checks fail", () => {
    expect(fazhi("extract", "test/fixtures/reports/seed-gb18030.txt").status).toBe(0);
    const inconsistent = fazhi("extract", "test/fixtures/unseen/jinzhou-2021.txt");
    expect(inconsistent.status).toBe(0);
    expect(inconsistent.stderr).toContain("fail power_list.category_sum");
  });

  it.each([
    ["an empty file", "", "the file is empty"],
    ["a binary file", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "the file is binary, not text"],
  ])("exits 2 on %s with one line naming the file", (_, content, problem) => {
    const path = join(mkdtempSync(join(tmpdir(), "fazhi-cli-")), "bad.txt");
    writeFileSync(path, content);
    const {status, stdout, stderr} = fazhi("extract", path);
    expect(status).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toBe(`${path}: ${problem}\n`);
  });

  it("exits 2 on a missing file or bad arguments, without a stack trace", () => {
    expect(fazhi("extract", "no/such.txt")).toMatchObject({status: 2, stderr: "no/such.txt: no such file\n"});
    const badFormat = fazhi("extract", SEED, "--format", "xml");
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/^fazhi: --format must be one of json, csv, parquet\n/);
    expect(fazhi("extract").status).toBe(2);
    expect(fazhi("frobnicate").status).toBe(2);
  });
});
