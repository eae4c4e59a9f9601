import {readFileSync} from "node:fs";
import * as CFB from "cfb";
import {InputError} from "../../src/extract/input-error.ts";
import {describe, expect, it} from "vitest";
import {docText, wordBlocks} from "../../src/formats/doc.ts";

const seed = readFileSync("test/fixtures/formats/seed.doc");

/** The seed .doc with its WordDocument stream changed. */
function withWordStream(change: (word: Uint8Array) => void): Uint8Array {
  const container = CFB.read(seed, {type: "buffer"});
  const entry = CFB.find(container, "WordDocument")!;
  const word = Uint8Array.from(entry.content as ArrayLike<number>);
  change(word);
  entry.content = Buffer.from(word);
  return Uint8Array.from(CFB.write(container, {type: "buffer"}) as Buffer);
}

/** The seed .doc with its table stream changed, given the offset of the text index (fcClx) in it. */
function withClx(change: (table: Uint8Array, fcClx: number) => void): Uint8Array {
  const container = CFB.read(seed, {type: "buffer"});
  const word = Uint8Array.from(CFB.find(container, "WordDocument")!.content as ArrayLike<number>);
  const fib = new DataView(word.buffer);
  const longs = 34 + fib.getUint16(32, true) * 2 + 2;
  const pairs = longs + fib.getUint16(longs - 2, true) * 4 + 2;
  const fcClx = fib.getUint32(pairs + 33 * 8, true);
  const entry = CFB.find(container, fib.getUint16(0x0a, true) & 0x0200 ? "1Table" : "0Table")!;
  const table = Uint8Array.from(entry.content as ArrayLike<number>);
  change(table, fcClx);
  entry.content = Buffer.from(table);
  return Uint8Array.from(CFB.write(container, {type: "buffer"}) as Buffer);
}

describe("docText", () => {
  it("reads a Word 97–2003 file LibreOffice wrote: paragraphs as lines, the table as rows", () => {
    const text = docText(seed);
    expect(text.split("\n")[0]).toMatch(/^【虚构测试样例】/);
    expect(text).toContain("包括：类别　事项数，行政许可　155项，行政确认　26项，");
    expect(text).toContain("公共服务　4项。\n并在高新区门户网站予以公布。");
  });

  it("refuses an encrypted file, a Word 95 file and a compound file without a Word document", () => {
    const encrypted = withWordStream((word) => (word[0x0b]! |= 0x01));
    expect(() => docText(encrypted)).toThrow(new InputError("Word 文件有密码保护（已加密），无法读取"));
    const word95 = withWordStream((word) => {
      word[2] = 0x65;
      word[3] = 0x00;
    });
    expect(() => docText(word95)).toThrow(new InputError("Word 95 或更早版本的 .doc 暂不支持，请另存为 .docx"));
    const workbook = CFB.utils.cfb_new();
    CFB.utils.cfb_add(workbook, "Workbook", Buffer.from("x"));
    const xls = Uint8Array.from(CFB.write(workbook, {type: "buffer"}) as Buffer);
    expect(() => docText(xls)).toThrow(new InputError("不是 Word 文档，而是 Excel 表格（.xls）"));
    expect(() => docText(seed.subarray(0, 600))).toThrow(/^文件损坏/);
  });

  it("refuses a damaged file whose counts point outside it, or whose text index steps backwards, with one line", () => {
    const huge = withWordStream((word) => {
      word[32] = 0xff;
      word[33] = 0xff;
    });
    expect(() => docText(huge)).toThrow(new InputError("文件损坏：.doc 的文件头或文字索引指向文件之外"));
    // A formatting run of size -3 would send the reader back to where it started, for ever.
    const backwards = withClx((table, at) => table.set([0x01, 0xfd, 0xff], at));
    expect(() => docText(backwards)).toThrow(new InputError("文件损坏：.doc 的文字索引不完整"));
  });
});

describe("wordBlocks", () => {
  it("keeps a field's result, drops its code, and reads cell and row marks", () => {
    expect(wordBlocks("第\u0013 PAGE \u00143\u0015页\r甲\u00071项\u0007\u0007乙\u00072项\u0007\u0007\r之后\r")).toEqual(
      [
        {kind: "paragraph", text: "第3页"},
        {
          kind: "table",
          rows: [
            ["甲", "1项"],
            ["乙", "2项"],
          ],
        },
        {kind: "paragraph", text: ""},
        {kind: "paragraph", text: "之后"},
      ],
    );
  });
});
