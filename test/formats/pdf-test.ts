import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {InputError} from "../../src/extract/input-error.ts";
import {pdfText} from "../../src/formats/pdf.ts";

const fixture = (name: string) => readFileSync(`test/fixtures/formats/${name}`);

describe("pdfText", () => {
  it("reads Chromium's print as the report's paragraphs, without its headers, footers and page numbers", () => {
    const lines = pdfText(fixture("seed.pdf")).split("\n");
    const seed = readFileSync("data/reports/dalian-hitech/2024.txt", "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "");
    expect(lines[0]).toMatch(/^【虚构测试样例】/);
    // Every line of the report, as one line each: nothing broken by the page's width, nothing of the page's margins.
    expect(lines.slice(1)).toEqual(seed);
  });

  it.each([
    [
      "a scan (an image, no text layer)",
      "scan.pdf",
      "PDF 是扫描件，没有文字层（只有图像），请提供带文字的 PDF 或 Word 原件",
    ],
    ["a PDF locked with a password", "encrypted.pdf", "PDF 有密码保护（已加密），无法读取"],
  ])("refuses %s with one line", (_, name, message) => {
    expect(() => pdfText(fixture(name))).toThrow(new InputError(message));
  });

  it("refuses a broken PDF, and one that takes longer than its time limit", () => {
    expect(() => pdfText(new TextEncoder().encode("%PDF-1.7\nnothing else"))).toThrow(
      new InputError("文件损坏：不是完整的 PDF，无法打开"),
    );
    expect(() => pdfText(fixture("seed.pdf"), 50)).toThrow(
      new InputError("PDF 读取超时（超过 0.05 秒），文件可能已损坏"),
    );
  });
});
