import {readFileSync} from "node:fs";
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

  it.each([
    ["empty", new Uint8Array(), "the file is empty"],
    ["whitespace", new TextEncoder().encode(" \n\t\r\n "), "the file holds only whitespace"],
    ["a PNG", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "the file is binary, not text"],
    [
      "Latin-1 text",
      Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"),
      "the file is neither UTF-8 nor GB18030 text",
    ],
    ["bad UTF-16", Buffer.from([0xff, 0xfe, 0x00, 0xd8]), "the file is invalid UTF-16LE text"],
  ])("rejects %s with one clear line", (_, bytes, message) => {
    expect(() => decodeReport(bytes)).toThrow(new InputError(message));
  });
});
