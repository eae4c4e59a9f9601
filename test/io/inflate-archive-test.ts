import {mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {zipSync} from "fflate";
import {describe, expect, it} from "vitest";
import {inflateArchive} from "../../src/io/inflate-archive.ts";

describe("inflateArchive", () => {
  it("writes every file of the archive, byte for byte, and nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-inflate-"));
    const facts = new Uint8Array([1, 2, 3, 250]);
    const archive = zipSync({"facts-00.arrow": facts, "search-index.json": new TextEncoder().encode("{}")}, {level: 0});
    expect(inflateArchive(archive, dir).sort()).toEqual(["facts-00.arrow", "search-index.json"]);
    expect(readdirSync(dir).sort()).toEqual(["facts-00.arrow", "search-index.json"]);
    expect(new Uint8Array(readFileSync(join(dir, "facts-00.arrow")))).toEqual(facts);
    expect(readFileSync(join(dir, "search-index.json"), "utf8")).toBe("{}");
  });

  it("replaces a file already there", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-inflate-"));
    inflateArchive(zipSync({"a.arrow": new Uint8Array([1])}), dir);
    inflateArchive(zipSync({"a.arrow": new Uint8Array([2, 2])}), dir);
    expect([...readFileSync(join(dir, "a.arrow"))]).toEqual([2, 2]);
  });
});
