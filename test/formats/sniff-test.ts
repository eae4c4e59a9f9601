import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {sniffFormat} from "../../src/formats/sniff.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffFormat", () => {
  it("knows each fixture by its first bytes", () => {
    expect(sniffFormat(readFileSync("test/fixtures/formats/seed.docx"))).toBe("zip");
    expect(sniffFormat(readFileSync("test/fixtures/formats/seed.doc"))).toBe("ole");
    expect(sniffFormat(readFileSync("test/fixtures/formats/seed.pdf"))).toBe("pdf");
    expect(sniffFormat(readFileSync("test/fixtures/formats/seed-page.html"))).toBe("text");
    expect(sniffFormat(readFileSync("data/reports/dalian-hitech/2024.txt"))).toBe("text");
  });

  it("finds a PDF header after a few bytes of junk, not one deep inside a text", () => {
    expect(sniffFormat(bytes("\r\n%PDF-1.7\n"))).toBe("pdf");
    expect(sniffFormat(bytes(`${"报告正文。".repeat(100)}%PDF-1.7`))).toBe("text");
  });

  it("takes rich text and short or empty files for what they are", () => {
    expect(sniffFormat(bytes("{\\rtf1\\ansi}"))).toBe("rtf");
    expect(sniffFormat(new Uint8Array([0x50, 0x4b]))).toBe("text");
    expect(sniffFormat(new Uint8Array())).toBe("text");
  });
});
