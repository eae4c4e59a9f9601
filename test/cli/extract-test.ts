import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
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
    expect(Object.keys(output)).toEqual(["report", "facts", "numbers", "uncounted", "checks", "items", "parts"]);
    expect(output.report).toMatchObject({body: "dalian-hitech", year: 2024, duplicates_removed: 22});
    expect(output.facts.find((f: {category: string}) => f.category === "行政处罚")).toMatchObject({
      value: 1719,
      raw: "行政处罚1719项",
    });
    expect(output.uncounted).toContainEqual({kind: "meeting", raw: "二十大", start: 40, end: 43});
    expect(stderr).toContain("report.duplicates");
  });

  it("keeps a higher level's figures apart with --kind, and names the kinds when one is unknown", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-kind-"));
    const file = join(dir, "2024.txt");
    writeFileSync(file, "2024年，全市共受理行政复议申请3,215件。全区共受理行政复议申请52件。\n");
    const facts = (...args: string[]) => JSON.parse(fazhi("extract", file, ...args).stdout.toString()).facts;
    expect(facts().map((f: {value: number}) => f.value)).toEqual([3215, 52]);
    expect(facts("--kind", "district").map((f: {value: number}) => f.value)).toEqual([52]);
    const wrong = fazhi("extract", file, "--kind=zone");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--kind must be one of national-hitech-zone, economic-zone, new-area, district");
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
    ["an empty file", "", "文件是空的"],
    [
      "a binary file",
      Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
      "文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件",
    ],
  ])("exits 2 on %s with one line naming the file", (_, content, problem) => {
    const path = join(mkdtempSync(join(tmpdir(), "fazhi-cli-")), "bad.txt");
    writeFileSync(path, content);
    const {status, stdout, stderr} = fazhi("extract", path);
    expect(status).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toBe(`${path}: ${problem}\n`);
  });

  it("exits 2 on a missing file or bad arguments, without a stack trace", () => {
    expect(fazhi("extract", "no/such.txt")).toMatchObject({status: 2, stderr: "no/such.txt: 没有这个文件\n"});
    const badFormat = fazhi("extract", SEED, "--format", "xml");
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/^fazhi: --format must be one of json, csv, parquet\n/);
    expect(fazhi("extract").status).toBe(2);
    expect(fazhi("frobnicate").status).toBe(2);
  });
});

describe("fazhi extract on huge or cut-short output", () => {
  it("exits quietly when its reader closes the pipe (| head -c 10)", () => {
    const big = join(mkdtempSync(join(tmpdir(), "fazhi-pipe-")), "report.txt");
    writeFileSync(big, oneLineReport(4));
    for (const [path, format] of [
      [SEED, "json"],
      [SEED, "csv"],
      [SEED, "parquet"],
      [big, "json"],
    ]) {
      const errors = join(mkdtempSync(join(tmpdir(), "fazhi-pipe-")), "stderr");
      const result = spawnSync(
        "bash",
        [
          "-o",
          "pipefail",
          "-c",
          `node bin/fazhi.js extract ${path} --format ${format} 2>${errors} | head -c 10 >/dev/null`,
        ],
        {encoding: "utf8"},
      );
      // pipefail: the status is fazhi's, not head's.
      expect(result.status).toBe(0);
      expect(readFileSync(errors, "utf8")).not.toMatch(/EPIPE|Error|\n\s+at /);
    }
  });

  it("refuses a file larger than 64 MiB with one line, before reading it", () => {
    const big = join(mkdtempSync(join(tmpdir(), "fazhi-huge-")), "report.txt");
    writeFileSync(big, Buffer.alloc(64 * 1024 * 1024 + 1, 0x61));
    const {status, stdout, stderr} = fazhi("extract", big);
    expect(status).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toBe(
      `${big}: 文件大小 64.0 MiB（67108865 字节），超过一份报告的上限 64 MiB（67108864 字节）：请确认这是报告全文\n`,
    );
  });

  it.each([4, 8])("reads a %i MiB report of one line, its JSON streamed out", {timeout: 300_000}, (mib) => {
    const path = join(mkdtempSync(join(tmpdir(), "fazhi-line-")), "sample-2024.txt");
    writeFileSync(path, oneLineReport(mib));
    const result = spawnSync(process.execPath, ["bin/fazhi.js", "extract", path], {maxBuffer: 1024 * 1024 * 1024});
    expect(result.status, result.stderr.toString().slice(0, 500)).toBe(0);
    expect(result.stderr.toString()).not.toMatch(/RangeError|\n\s+at /);
    const tail = result.stdout.subarray(-200).toString();
    expect(tail).toMatch(/\]\n}\n$/);
    // Checked without parsing it all: the first figure is there, and the last number of the text.
    const head = result.stdout.subarray(0, 200_000).toString();
    expect(head).toContain('"raw": "权力事项120"');
  });
});

/** A synthetic report of about `mib` MiB on one line: sentences full of figures and no line break. */
function oneLineReport(mib: number): string {
  const parts = [
    "（合成测试文本，虚构）2024年，示例区共梳理权力事项120（子项200）项，包括行政许可60项、行政处罚100项、行政检查30项、其它行政权力10项。",
  ];
  let size = Buffer.byteLength(parts[0]!);
  for (let n = 1; size < mib * 1024 * 1024; n++) {
    const sentence = `第${n}次检查覆盖企业${n % 97}家，开展培训${(n % 9) + 1}次。`;
    parts.push(sentence);
    size += Buffer.byteLength(sentence);
  }
  return parts.join("");
}
