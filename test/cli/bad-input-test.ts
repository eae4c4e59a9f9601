import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import type {Check} from "../../src/model/check.ts";
import {extractReport} from "../../src/extract/report.ts";
import type {Fact} from "../../src/model/fact.ts";

/** The corpus of bad inputs, each with the outcome test/fixtures/bad/README.md gives it. */
const BAD = "test/fixtures/bad";
const bad = (name: string) => join(BAD, name);
const base = readFileSync(bad("report.txt"), "utf8");

/** Runs the command line as a user does, through its `bin` script. */
function fazhi(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/fazhi.js", ...args], {maxBuffer: 256 * 1024 * 1024});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr.toString()};
}

interface Output {
  report: {body: string; year: number; sha256: string; chars: number; duplicates_removed: number; synthetic: boolean};
  facts: Fact[];
  numbers: {kind: string; raw: string; value: number}[];
  checks: Check[];
}

function extract(path: string): Output & {stderr: string} {
  const {status, stdout, stderr} = fazhi("extract", path);
  expect(status, stderr).toBe(0);
  return {...(JSON.parse(stdout.toString()) as Output), stderr};
}

const check = (output: Output, id: string) => output.checks.find((c) => c.id === id)!;
const figures = (facts: readonly Fact[]) => facts.map((f) => [f.metric, f.category, f.value, f.qualifier, f.raw]);
const expected = extract(bad("report.txt"));

describe("the well-formed report the bad inputs are made from", () => {
  it("is read with its power list, passing every check it applies", () => {
    expect(expected.report).toMatchObject({body: "report", year: 2024, duplicates_removed: 0, synthetic: true});
    expect(figures(expected.facts)).toEqual([
      ["power_list.items", null, 120, "exact", "权力事项120"],
      ["power_list.subitems", null, 200, "exact", "子项200"],
      ["power_list.category", "行政许可", 60, "exact", "行政许可60项"],
      ["power_list.category", "行政处罚", 100, "exact", "行政处罚100项"],
      ["power_list.category", "行政检查", 30, "exact", "行政检查30项"],
      ["power_list.category", "其他行政权力", 10, "exact", "其它行政权力10项"],
      ["study.sessions", null, 20, "approx", "中心组学习习近平法治思想近20次"],
    ]);
    expect(expected.checks.filter((c) => c.status === "fail" || c.status === "warn")).toEqual([]);
    expect(expected.stderr).toBe("");
  });
});

describe("unusable input: exit 2, one line naming the file and the problem, nothing on stdout", () => {
  const scratch = mkdtempSync(join(tmpdir(), "fazhi-bad-"));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));
  const scripted = join(scratch, "scripts-only.html");
  writeFileSync(
    scripted,
    "<!DOCTYPE html><html><head><title>标题</title></head><body><script>alert(1)</script></body></html>",
  );
  const folder = join(scratch, "folder.txt");
  mkdirSync(folder);

  it.each([
    ["an empty file", bad("empty.txt"), "文件是空的"],
    ["a file of whitespace only", bad("whitespace.txt"), "文件里只有空白，没有文字"],
    ["a PNG image", bad("binary.png"), "文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件"],
    ["an HTML page with no visible text", scripted, "网页里没有可显示的文字：请另存报告正文"],
    ["a folder", folder, "这是文件夹，不是文件"],
  ])("%s", (_, path, problem) => {
    for (const format of ["json", "csv", "parquet"]) {
      const {status, stdout, stderr} = fazhi("extract", path, "--format", format);
      expect(status).toBe(2);
      expect(stdout.length).toBe(0);
      expect(stderr).toBe(`${path}: ${problem}\n`);
    }
  });
});

describe("the same report in another encoding or saved another way: read exactly as the original", () => {
  it.each([
    ["GB18030", "gb18030.txt"],
    ["UTF-16 with BOM", "utf16le-bom.txt"],
    ["UTF-8 with BOM", "utf8-bom.txt"],
    ["CRLF line ends", "crlf.txt"],
    ["UTF-16LE without BOM", "utf16le-nobom.txt"],
    ["UTF-16BE without BOM", "utf16be-nobom.txt"],
    ["vertical tabs (Word's manual line breaks)", "vertical-tab.txt"],
  ])("%s", (_, name) => {
    const output = extract(bad(name));
    const {sha256, ...report} = expected.report;
    // Other bytes, so another file digest; the same text, so the same everything else.
    expect(output.report).toMatchObject({...report, body: name.replace(/\.txt$/, "")});
    expect(output.report.sha256).not.toBe(sha256);
    expect(output.facts).toEqual(expected.facts);
    expect(output.numbers).toEqual(expected.numbers);
    expect(output.checks).toEqual(expected.checks);
    expect(output.stderr).toBe("");
  });

  it("an HTML page: its visible text, without head, scripts or comments, offsets into that text", () => {
    const output = extract(bad("page.html"));
    // The page's text is the report's, less the final line end; its scripts and comment hold 999, 888 and 777.
    expect(output.report.chars).toBe(base.trimEnd().length);
    expect(output.facts).toEqual(expected.facts);
    expect(output.numbers.map((n) => n.value)).not.toContain(999);
    const {text, facts} = extractReport(readFileSync(bad("page.html")), {body: "page", year: 2024});
    expect(text).toBe(base.trimEnd());
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });
  it("a page without a doctype, with hidden parts and a stray quote in an unquoted attribute: its visible text only", () => {
    const output = extract(bad("page-hidden.html"));
    // display:none, hidden, <template>, <script> and <style> hold 999, 888, 777 and 666, which a reader never sees.
    expect(output.facts).toEqual(expected.facts);
    for (const n of [999, 888, 777, 666]) expect(output.numbers.map((x) => x.value)).not.toContain(n);
    const {text} = extractReport(readFileSync(bad("page-hidden.html")), {body: "page", year: 2024});
    expect(text).toBe(base.trimEnd());
  });
});

describe("a report with a flaw: read, its figures kept, the flaw shown by a check", () => {
  it("cut off mid-sentence: extraction works, report.complete warns with where the text ends", () => {
    const path = bad("truncated.txt");
    const output = extract(path);
    expect(output.facts).toEqual(expected.facts);
    expect(check(output, "report.complete")).toMatchObject({
      status: "warn",
      location: {raw: "示例区将继续深入推进法治", end: output.report.chars},
    });
    const {start, end} = check(output, "report.complete").location!;
    expect(output.stderr).toBe(
      `${path}: warn report.complete at characters ${start}–${end} “示例区将继续深入推进法治”: ` +
        "正文结尾不是完整句子（以“示例区将继续深入推进法治”结束），可能被截断\n",
    );
  });

  it("categories that do not sum: every number kept, power_list.category_sum fails giving the difference and where", () => {
    const path = bad("category-sum.txt");
    const output = extract(path);
    expect(figures(output.facts)).toEqual(
      figures(expected.facts).map((f) => (f[1] === "行政处罚" ? [f[0], f[1], 110, f[3], "行政处罚110项"] : f)),
    );
    const sum = check(output, "power_list.category_sum");
    expect(sum).toMatchObject({status: "fail", message: "4类合计210项，与子项总数200项不符（多10项）"});
    const {text} = extractReport(readFileSync(path), {body: "category-sum", year: 2024});
    expect(text.slice(sum.location!.start, sum.location!.end)).toBe(sum.location!.raw);
    expect(sum.location!.raw).toMatch(/^权力事项120（子项200）项，包括行政许可60项.*其它行政权力10项$/);
    expect(output.stderr).toBe(
      `${path}: fail power_list.category_sum at characters ${sum.location!.start}–${sum.location!.end} ` +
        `“${sum.location!.raw}”: 4类合计210项，与子项总数200项不符（多10项）\n`,
    );
  });

  it("a paragraph pasted three times: counted once, duplicates_removed 2", () => {
    const output = extract(bad("repeated-paragraph.txt"));
    expect(output.report.duplicates_removed).toBe(2);
    expect(figures(output.facts)).toEqual(figures(expected.facts));
    expect(check(output, "report.duplicates")).toMatchObject({
      status: "warn",
      message: "删除重复段落2段，其中的数字只计一次",
    });
    expect(check(output, "power_list.category_sum").status).toBe("pass");
  });

  it("markup inside sentences of a plain-text report: numbers read as usual, the markup kept as text", () => {
    const path = bad("markup-in-text.txt");
    const output = extract(path);
    expect(figures(output.facts)).toEqual(figures(expected.facts));
    const sentence = output.facts.find((f) => f.category === "行政许可")!.sentence;
    expect(sentence).toContain("<script>alert(1)</script>");
    expect(sentence).toContain("<img src=x onerror=alert(1)>");
    const {text, numbers} = extractReport(readFileSync(path), {body: "markup", year: 2024});
    expect(text).toBe(readFileSync(path, "utf8"));
    expect(text).toContain("开展“<b>法治培训</b>”3000余人次");
    for (const n of numbers) expect(text.slice(n.start, n.end)).toBe(n.raw);
    const outcome = (checks: readonly Check[]) => checks.map((c) => [c.id, c.status, c.message]);
    expect(outcome(output.checks)).toEqual(outcome(expected.checks));
  });
});

describe("a 50 MB report", () => {
  it("is read to the end, with the same figures as the report it starts with", {timeout: 300_000}, () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-50mb-"));
    try {
      const path = join(dir, "report.txt");
      // Distinct paragraphs, each with numbers, so that none is dropped as a repeat and the scanner reads them all.
      const filler: string[] = [];
      let size = Buffer.byteLength(base);
      for (let n = 1; size < 50 * 1024 * 1024; n++) {
        const paragraph = `第${n}段补充说明：本段为合成测试填充文字，编号${n}，用于检验超大文件的读取，开展专项走访${(n % 9) + 1}次。\n`;
        filler.push(paragraph);
        size += Buffer.byteLength(paragraph);
      }
      writeFileSync(path, base + filler.join(""));

      const started = performance.now();
      const {status, stdout, stderr} = fazhi("extract", path, "--format", "csv");
      const seconds = (performance.now() - started) / 1000;
      console.info(`fazhi extract of ${(size / 1024 / 1024).toFixed(1)} MiB: ${seconds.toFixed(1)} s`);

      expect(status, stderr).toBe(0);
      expect(stderr).toBe("");
      expect(stdout.toString()).toBe(fazhi("extract", bad("report.txt"), "--format", "csv").stdout.toString());
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe("reports as Word files and PDFs: read by their content, refused with one line when unusable", () => {
  const golden = JSON.parse(readFileSync("test/fixtures/golden/dalian-hitech-2024.json", "utf8"));
  const formats = (name: string) => join("test/fixtures/formats", name);
  const scratch = mkdtempSync(join(tmpdir(), "fazhi-formats-"));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  it.each(["seed.docx", "seed.doc", "seed.pdf"])("%s gives the seed's facts", (name) => {
    const {facts} = extract(formats(name));
    expect(facts.map((f) => [f.metric, f.category, f.value, f.unit, f.qualifier])).toEqual(golden.facts);
  });

  it("reads a Word file by its content whatever its name says", () => {
    const renamed = join(scratch, "dalian-hitech-2024.txt");
    writeFileSync(renamed, readFileSync(formats("seed.docx")));
    expect(extract(renamed).facts).toHaveLength(22);
  });

  const truncated = join(scratch, "truncated.docx");
  writeFileSync(truncated, readFileSync(formats("seed.docx")).subarray(0, 4000));
  it.each([
    ["a scanned PDF", formats("scan.pdf"), "PDF 是扫描件，没有文字层（只有图像），请提供带文字的 PDF 或 Word 原件"],
    ["a PDF locked with a password", formats("encrypted.pdf"), "PDF 有密码保护（已加密），无法读取"],
    ["a .docx cut short", truncated, "文件损坏：zip 压缩包不完整或已损坏，无法打开"],
  ])("%s: exit 2", (_, path, problem) => {
    const {status, stdout, stderr} = fazhi("extract", path);
    expect(status).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toBe(`${path}: ${problem}\n`);
  });
});
