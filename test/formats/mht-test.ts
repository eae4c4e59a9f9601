import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractReport} from "../../src/extract/report.ts";
import {InputError} from "../../src/extract/input-error.ts";
import {isMht, mhtText} from "../../src/formats/mht.ts";
import {reportText} from "../../src/formats/report-text.ts";

const page = readFileSync("test/fixtures/formats/seed-page.html", "utf8");
const golden = JSON.parse(readFileSync("test/fixtures/golden/dalian-hitech-2024.json", "utf8"));

/** Quoted-printable as Word writes it: every byte outside ASCII escaped, lines cut at 76 with a soft break. */
function quotedPrintable(bytes: Uint8Array): string {
  const escaped = [...bytes].map((b) =>
    b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b),
  );
  const lines: string[] = [];
  let line = "";
  for (const piece of escaped) {
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = "";
    }
    line += piece;
  }
  return [...lines, line].join("\r\n");
}

/** A single file web page as Word saves it, its HTML part in the transfer encoding and charset given. */
function mht(body: string, encoding: string, charset: string, type = "text/html"): Buffer {
  return Buffer.from(
    [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="----=_NextPart_01DA6B2C.5F3E1A20"',
      "",
      "This document is a Single File Web Page, also known as a Web Archive file.",
      "",
      "------=_NextPart_01DA6B2C.5F3E1A20",
      "Content-Location: file:///C:/report.htm",
      `Content-Transfer-Encoding: ${encoding}`,
      `Content-Type: ${type}; charset="${charset}"`,
      "",
      body,
      "",
      "------=_NextPart_01DA6B2C.5F3E1A20",
      "Content-Location: file:///C:/report.files/filelist.xml",
      "Content-Type: text/xml",
      "",
      "<xml></xml>",
      "------=_NextPart_01DA6B2C.5F3E1A20--",
    ].join("\r\n"),
    "latin1",
  );
}

describe("mhtText", () => {
  it("reads a single file web page saved as .doc, quoted-printable UTF-8, as the page itself", () => {
    const file = mht(quotedPrintable(new TextEncoder().encode(page)), "quoted-printable", "utf-8");
    expect(isMht(file)).toBe(true);
    expect(reportText(file)).toBe(reportText(Buffer.from(page)));
    const {facts} = extractReport(file, {body: "dalian-hitech", year: 2024});
    expect(facts.map((f) => [f.metric, f.category, f.value, f.unit, f.qualifier])).toEqual(golden.facts);
  });

  it("reads base64 in the GB2312 Word writes on Chinese Windows", () => {
    const gb = readFileSync("test/fixtures/reports/seed-gb18030.txt");
    const file = mht(gb.toString("base64").replace(/.{76}/g, "$&\r\n"), "base64", "gb2312", "text/plain");
    expect(reportText(file)).toBe(readFileSync("data/reports/dalian-hitech/2024.txt", "utf8"));
  });

  it("is not what a plain text or a web page is", () => {
    expect(isMht(Buffer.from(page))).toBe(false);
    expect(isMht(Buffer.from("2024年，本区深入推进法治政府建设。\nMIME-Version: 1.0"))).toBe(false);
  });

  it("refuses an archive with no page in it, in one line", () => {
    const file = Buffer.from(
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nxx\n--b--',
    );
    expect(() => mhtText(file)).toThrow(InputError);
    expect(() => mhtText(file)).toThrow(/单个文件网页/);
  });
});
