import {readFileSync} from "node:fs";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {decodeReport} from "../../src/extract/decode.ts";
import {InputError} from "../../src/extract/input-error.ts";

const seed = readFileSync("data/reports/dalian-hitech/2024.txt", "utf8");
const fixture = (name: string) => readFileSync(`test/fixtures/reports/${name}`);

describe("decodeReport", () => {
  it("reads UTF-8 as is", () => {
    expect(decodeReport(new TextEncoder().encode(seed))).toBe(seed);
  });

  it("drops a UTF-8 BOM and turns CRLF into LF", () => {
    expect(decodeReport(fixture("seed-utf8-bom-crlf.txt"))).toBe(seed);
  });

  it("reads UTF-16 with a BOM", () => {
    expect(decodeReport(fixture("seed-utf16le-bom.txt"))).toBe(seed);
    const be = Buffer.from([0xfe, 0xff, 0x6c, 0xd5, 0x6c, 0xbb]);
    expect(decodeReport(be)).toBe("法治");
  });

  it("detects GB18030 when the bytes are not UTF-8", () => {
    expect(decodeReport(fixture("seed-gb18030.txt"))).toBe(seed);
  });

  it("reads Big5, the encoding of traditional-character tools, where GB18030 would read rare characters", () => {
    const traditional = readFileSync("test/fixtures/bad/traditional.txt", "utf8").trimEnd();
    expect(decodeReport(fixture("../bad/big5.txt")).trimEnd()).toBe(traditional);
    // GB18030 text stays GB18030 although its bytes would decode as Big5 too.
    expect(decodeReport(fixture("../bad/gb18030.txt")).trimEnd()).toBe(
      readFileSync("test/fixtures/bad/report.txt", "utf8").trimEnd(),
    );
  });

  it("reads UTF-8 cut off mid-character as the text before the cut, never as GB18030", () => {
    const bytes = new TextEncoder().encode(seed);
    const whole = Buffer.byteLength(seed.slice(0, 2000));
    // The first byte of a three-byte character, then nothing: a file truncated in a copy.
    expect(decodeReport(bytes.subarray(0, whole + 1))).toBe(seed.slice(0, 2000));
    expect(decodeReport(bytes.subarray(0, whole + 2))).toBe(seed.slice(0, 2000));
  });

  it("refuses UTF-8 with bad bytes inside, naming where the first stands", () => {
    const bytes = new TextEncoder().encode(seed);
    const at = Buffer.byteLength(seed.slice(0, 1000));
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    expect(() => decodeReport(damaged)).toThrow(
      new InputError(
        `文件是 UTF-8 文本，但有 1 处不是 UTF-8 的字节（第一处在第 ${at} 字节）：文件可能已损坏，请从原件重新另存为 UTF-8 文本`,
      ),
    );
  });

  it("reads a report saved as a web page as its visible text", () => {
    const page =
      "\ufeff<!DOCTYPE html><html><head><title>t</title></head><body><p>2024年，</p><p>共28项&ldquo;x&rdquo;</p></body></html>";
    expect(decodeReport(new TextEncoder().encode(page))).toBe("2024年，\n共28项“x”");
    expect(decodeReport(fixture("../bad/page.html"))).toBe(
      readFileSync("test/fixtures/bad/report.txt", "utf8").trimEnd(),
    );
  });

  it("keeps markup in a text that is not a whole page", () => {
    const text = "2024年，<script>alert(1)</script>共28项。\n";
    expect(decodeReport(new TextEncoder().encode(text))).toBe(text);
  });

  it.each([
    [
      "an HTML page with no text",
      new TextEncoder().encode("<html><script>x</script></html>"),
      "网页里没有可显示的文字：请另存报告正文",
    ],
    ["empty", new Uint8Array(), "文件是空的"],
    ["whitespace", new TextEncoder().encode(" \n\t\r\n "), "文件里只有空白，没有文字"],
    [
      "a PNG",
      Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
      "文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件",
    ],
    [
      "bytes that read as rare characters in both GB18030 and Big5",
      Buffer.from(Array.from({length: 40}, (_, i) => [0xd7, 0xa1 + i]).flat()),
      "文件读作 GB18030 或 Big5 都不成文字（编码无法识别）：请另存为 UTF-8 文本",
    ],
    [
      "Latin-1 text",
      Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"),
      "文件既不是 UTF-8 也不是 GB18030 编码的文本：请另存为 UTF-8 文本",
    ],
    ["bad UTF-16", Buffer.from([0xff, 0xfe, 0x00, 0xd8]), "文件的 UTF-16LE 编码有误：请另存为 UTF-8 文本"],
  ])("rejects %s with one clear line", (_, bytes, message) => {
    expect(() => decodeReport(bytes)).toThrow(new InputError(message));
  });
});

describe("decodeReport on random bytes", () => {
  it("returns text without CR, or throws an InputError of one line, and nothing else", () => {
    const prefix = fc.constantFrom(
      [],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [...new TextEncoder().encode("<html>")],
    );
    fc.assert(
      fc.property(prefix, fc.uint8Array({maxLength: 300}), (head, rest) => {
        try {
          const text = decodeReport(Uint8Array.from([...head, ...rest]));
          expect(typeof text).toBe("string");
          expect(text).not.toContain("\r");
          expect(text.trim()).not.toBe("");
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/^[^\n]+$/);
        }
      }),
      {numRuns: 3000},
    );
  });
});

describe("decodeReport on UTF-16 without BOM and Word's line breaks", () => {
  const base = readFileSync("test/fixtures/bad/report.txt", "utf8");
  const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

  it.each([
    ["UTF-16LE", Buffer.from(base, "utf16le")],
    ["UTF-16BE", utf16be(base)],
    ["UTF-16LE, the seed", Buffer.from(seed, "utf16le")],
    ["UTF-16LE, one short line", Buffer.from("共28项。\n", "utf16le")],
  ])("reads %s by the pattern of its zero bytes", (_, bytes) => {
    const text = decodeReport(bytes);
    const le = Buffer.from(bytes);
    if (_.includes("BE")) le.swap16();
    expect(text).toBe(le.toString("utf16le"));
  });

  it("reads the fixtures as the report itself", () => {
    expect(decodeReport(readFileSync("test/fixtures/bad/utf16le-nobom.txt"))).toBe(base);
    expect(decodeReport(readFileSync("test/fixtures/bad/utf16be-nobom.txt"))).toBe(base);
    expect(decodeReport(readFileSync("test/fixtures/bad/vertical-tab.txt"))).toBe(base);
  });

  it("treats a vertical tab (Word's manual line break) and Unicode's line separators as line ends", () => {
    expect(decodeReport(new TextEncoder().encode("甲\u000b乙\r\n丙\u2028丁\u2029戊"))).toBe("甲\n乙\n丙\n丁\n戊");
    expect(decodeReport(Buffer.from("第1项\u000b第2项", "utf16le"))).toBe("第1项\n第2项");
  });

  it("still calls binary what has zeros on both sides or controls that text never holds", () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    expect(() => decodeReport(png)).toThrow(
      new InputError("文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件"),
    );
    const controls = Buffer.from("\u0001\u0002共28项\u0003", "utf16le");
    expect(() => decodeReport(controls)).toThrow(
      new InputError("文件不是文本（可能是图片、Word 或 PDF 原件）：请另存为文本文件"),
    );
    const nulUtf8 = Buffer.from("共28项\u0000\u0000", "utf8");
    expect(() => decodeReport(nulUtf8)).toThrow(InputError);
  });
});
