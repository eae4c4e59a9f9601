import {readFileSync} from "node:fs";
import {strToU8, unzipSync, zipSync} from "fflate";
import {InputError} from "../../src/extract/input-error.ts";
import {describe, expect, it} from "vitest";
import {bodyBlocks, docxText} from "../../src/formats/docx.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (xml: string) => `<w:document ${W}><w:body>${xml}</w:body></w:document>`;
const seed = readFileSync("test/fixtures/formats/seed.docx");

/** The seed .docx with its parts changed (a part given as null is left out). */
/** The zip with one entry's unpacked size, as its central directory states it, changed to `size`. */
function claimedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = Uint8Array.from(zip);
  const view = new DataView(bytes.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((b, i) => bytes[at + 46 + i] === b)) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

function repacked(changes: Record<string, string | null>): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(seed);
  for (const [name, xml] of Object.entries(changes)) {
    if (xml === null) delete parts[name];
    else parts[name] = strToU8(xml);
  }
  return zipSync(parts);
}

describe("docxText", () => {
  it("reads the body as Word shows it, not the footer's page number", () => {
    const text = docxText(seed);
    expect(text.split("\n")[0]).toMatch(/^【虚构测试样例】/);
    expect(text).not.toMatch(/—\s*1\s*—/);
    expect(text).toContain("共梳理权力事项1140(子项2173)项,包括：类别　事项数，行政许可　155项，");
  });

  it("joins runs split inside a number, and leaves out deleted text, field codes and hidden text", () => {
    const xml = body(
      "<w:p><w:r><w:t>共梳理权力事项11</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>40项</w:t></w:r>" +
        "<w:del><w:r><w:delText>1200项</w:delText></w:r></w:del><w:ins><w:r><w:t>，其中</w:t></w:r></w:ins>" +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>子项</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏99项</w:t></w:r><w:r><w:tab/><w:t>2173项</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>" +
        "<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>",
    );
    expect(docxText(repacked({"word/document.xml": xml}))).toBe(
      "共梳理权力事项1140项，其中子项 2173项\n下一行\n文本框",
    );
  });

  it("reads a table in a cell as a sentence of that cell", () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const inner = `<w:tbl><w:tr>${cell("甲")}${cell("1项")}</w:tr></w:tbl>`;
    expect(bodyBlocks(body(`<w:tbl><w:tr>${cell("外")}<w:tc>${inner}</w:tc></w:tr></w:tbl>`))).toEqual([
      {kind: "table", rows: [["外", "甲　1项。"]]},
    ]);
  });

  it.each([
    ["a zip cut short", seed.subarray(0, 3000), "文件损坏：zip 压缩包不完整或已损坏，无法打开"],
    [
      "a zip that is a spreadsheet",
      zipSync({"xl/workbook.xml": strToU8("<workbook/>")}),
      "不是 Word 文档，而是 Excel 表格（.xlsx）",
    ],
    [
      "an OpenDocument text",
      zipSync({mimetype: strToU8("application/vnd.oasis.opendocument.text")}),
      "OpenDocument 文本（.odt）暂不支持，请另存为 .docx",
    ],
    ["a zip of something else", zipSync({"a.txt": strToU8("x")}), "是 zip 压缩包，但不是 Word 文档（.docx）"],
    [
      "a package without its body",
      repacked({"word/document.xml": null}),
      "Word 文件不完整：缺少正文部分 word/document.xml",
    ],
    ["an empty document", repacked({"word/document.xml": body("<w:p/>")}), "Word 文件中没有正文文字"],
    [
      "a body that says it unpacks to 500 MiB (a zip bomb), before unpacking it",
      claimedSize(repacked({}), "word/document.xml", 500 * 1024 * 1024),
      "Word 文件中的 word/document.xml 解压后有 500 MiB，超过上限 160 MiB：不像一份报告，请确认文件",
    ],
  ])("refuses %s with one line", (_, bytes, message) => {
    expect(() => docxText(bytes)).toThrow(new InputError(message));
  });
});
