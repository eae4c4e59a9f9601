import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {readCuratedCsv} from "../../src/corpus/curated-csv.ts";
import {InputError} from "../../src/extract/input-error.ts";

const COLUMNS = ["id", "name", "note"];

/** Writes a curated file (text as UTF-8, or bytes as given) and returns its path and its name as errors give it. */
function file(content: string | Uint8Array): {path: string; name: string} {
  const path = join(mkdtempSync(join(tmpdir(), "fazhi-csv-")), "curated.csv");
  writeFileSync(path, content);
  return {path, name: relative(process.cwd(), path)};
}

const read = (path: string, warn: (line: string) => void = () => {}) =>
  readCuratedCsv(path, COLUMNS, {check: (row) => ({...row}), key: (row) => row.id!, warn});

describe("readCuratedCsv: encodings", () => {
  const expected = [{id: "a", name: "示例区（虚构）", note: "备注"}];
  const text = "id,name,note\na,示例区（虚构）,备注\n";

  it.each([
    ["UTF-8", Buffer.from(text)],
    ["UTF-8 with BOM", Buffer.from("\ufeff" + text)],
    ["UTF-8 with CRLF", Buffer.from(text.replace(/\n/g, "\r\n"))],
    [
      "UTF-16LE with BOM (Excel's Unicode text)",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    ],
    [
      "GB18030, as Excel saves on a Chinese Windows PC",
      Buffer.from("69642c6e616d652c6e6f74650a612ccabec0fdc7f8a3a8d0e9b9b9a3a92cb1b8d7a20a", "hex"),
    ],
  ])("reads %s as the same text, never as mojibake", (_, bytes) => {
    const {path} = file(bytes);
    expect(read(path)).toEqual(expected);
  });

  it("reads the GB18030 fixture", () => {
    const rows = readCuratedCsv(
      "test/fixtures/bad/bodies-gb18030.csv",
      ["id", "name_zh", "name_en", "kind", "province", "city"],
      (row) => ({...row}),
    );
    expect(rows[0]!.name_zh).toBe("示例区（虚构，测试用）");
    expect(readFileSync("test/fixtures/bad/bodies-gb18030.csv").includes(Buffer.from("示例区"))).toBe(false);
  });

  it("names a file that is empty, binary or in no known encoding", () => {
    expect(() => read(file("").path)).toThrow(/curated\.csv: 文件是空的$/);
    expect(() => read(file(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")).path)).toThrow(
      /curated\.csv: 文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件$/,
    );
    expect(() => read(file(Buffer.from("id,name,note\na,caf\xe9,x\n", "latin1")).path)).toThrow(
      /curated\.csv: 文件既不是 UTF-8 也不是 GB18030 编码的文本：请另存为 UTF-8 文本$/,
    );
    expect(() => read(join(tmpdir(), "fazhi-no-such-dir", "x.csv"))).toThrow(/x\.csv: 没有这个文件$/);
  });
});

describe("readCuratedCsv: structure, as file:line: reason at the line the row starts", () => {
  it.each([
    ["an unterminated quote", 'id,name,note\na,甲,ok\nb,"乙,note\nc,丙,x\n', 3, '引号没有闭合（少了一个 "）'],
    ["a short row", "id,name,note\na,甲,ok\nb,乙\n", 3, "这一行有 2 列，表头有 3 列：请检查逗号"],
    ["a long row", "id,name,note\na,甲,ok,extra\n", 2, "这一行有 4 列，表头有 3 列：请检查逗号"],
    ["a row of one field", "id,name,note\na\n", 2, "这一行有 1 列，表头有 3 列：请检查逗号"],
    ["a stray quote in an unquoted field", 'id,name,note\na,甲"乙,ok\n', 2, '没有加引号的字段里有 "'],
    ["text after a closing quote", 'id,name,note\na,"甲"乙,ok\n', 2, '没有加引号的字段里有 "'],
    [
      "a short row after a note of three lines",
      'id,name,note\na,甲,"第一行\n第二行\n第三行"\n\nb,乙\n',
      6,
      "这一行有 2 列，表头有 3 列：请检查逗号",
    ],
    ["a missing column", "id,name\na,甲\n", 1, "缺少列 note"],
    ["an unknown column", "id,name,note,nmae\na,甲,,x\n", 1, "不认识的列 nmae"],
    ["a column given twice", "id,name,note,name\na,甲,,x\n", 1, "列 name 出现了两次"],
  ])("%s", (_, text, line, reason) => {
    const {path, name} = file(text);
    expect(() => read(path)).toThrow(InputError);
    expect(() => read(path)).toThrow(`${name}:${line}: ${reason}`);
  });

  it("gives each row the line it starts on, after multi-line notes and blank lines", () => {
    const {path, name} = file('id,name,note\na,甲,"一\n二"\n\n\nb,乙,"三\n四\n五"\nc,丙,bad\n');
    expect(() => readCuratedCsv(path, COLUMNS, (row) => (row.note === "bad" ? "note is bad" : row))).toThrow(
      `${name}:9: note is bad`,
    );
  });
});

describe("readCuratedCsv: duplicates and prototype names", () => {
  it("rejects two rows with the same key and different values, naming both lines", () => {
    const {path, name} = file("id,name,note\na,甲,\nb,乙,\na,丙,\n");
    expect(() => read(path)).toThrow(`${name}:4: 与第 2 行的键“a”相同而取值不同：请删去其中错的一行`);
  });

  it("reads identical rows once, with a warning", () => {
    const {path, name} = file("id,name,note\na,甲,\na,甲,\n");
    const warnings: string[] = [];
    expect(read(path, (line) => warnings.push(line))).toEqual([{id: "a", name: "甲", note: ""}]);
    expect(warnings).toEqual([`${name}:3: 与第 2 行完全相同，只读一次`]);
  });

  it("gives rows without a prototype: a missing value is never Object's", () => {
    const {path} = file("id,name,note\nconstructor,toString,__proto__\n");
    const [row] = readCuratedCsv(path, COLUMNS, (r) => r);
    expect(Object.getPrototypeOf(row)).toBe(null);
    expect(row).toEqual(Object.assign(Object.create(null), {id: "constructor", name: "toString", note: "__proto__"}));
  });
});

describe("bodies.csv", () => {
  it("rejects a body listed twice with different names, and an unknown kind such as constructor", async () => {
    const {readBodies} = await import("../../src/corpus/bodies.ts");
    const dir = mkdtempSync(join(tmpdir(), "fazhi-bodies-"));
    const header = "id,name_zh,name_en,kind,province,city,government";
    writeFileSync(join(dir, "bodies.csv"), `${header}\na,甲,A,district,,,\na,乙,A,district,,,\n`);
    expect(() => readBodies(dir)).toThrow(/bodies\.csv:3: 与第 2 行/);
    writeFileSync(join(dir, "bodies.csv"), `${header}\na,甲,A,constructor,,,\n`);
    expect(() => readBodies(dir)).toThrow(/bodies\.csv:2: kind "constructor" is not one of/);
  });
});
