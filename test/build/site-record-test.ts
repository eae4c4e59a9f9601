import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {isSiteText, readSiteRecord, siteDigest, siteRecordPath, writeSiteRecord} from "../../src/build/site-record.ts";

function root(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "fazhi-record-")), "docs");
  mkdirSync(join(dir, "data", "tables"), {recursive: true});
  mkdirSync(join(dir, ".observablehq", "cache"), {recursive: true});
  mkdirSync(join(dir, "_fazhi"), {recursive: true});
  writeFileSync(join(dir, "index.md"), "# 总览");
  writeFileSync(join(dir, "_fazhi", "components.js"), "export {};");
  writeFileSync(join(dir, "data", "tables", "facts.arrow"), "one");
  return dir;
}

describe("siteDigest", () => {
  it("changes with the pages and the library's bundle, not with the tables or Framework's cache", async () => {
    const dir = root();
    const first = await siteDigest(dir, []);
    writeFileSync(join(dir, "data", "tables", "facts.arrow"), "two");
    writeFileSync(join(dir, ".observablehq", "cache", "fazhi-site.json"), "{}");
    expect(await siteDigest(dir, [])).toBe(first);
    writeFileSync(join(dir, "_fazhi", "components.js"), "export const a = 1;");
    const second = await siteDigest(dir, []);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, "index.md"), "# 总览\n\n新的一段");
    expect(await siteDigest(dir, [])).not.toBe(second);
  });

  it("changes with Framework's options and with whether the benchmark pages are kept", async () => {
    const dir = root();
    const plain = await siteDigest(dir, [], {});
    expect(await siteDigest(dir, ["--config", "other.ts"], {})).not.toBe(plain);
    expect(await siteDigest(dir, [], {FAZHI_BENCHMARK_PAGES: "1"})).not.toBe(plain);
  });
});

describe("writeSiteRecord", () => {
  it("records the output, every file, and a digest of each page and module", async () => {
    const dir = root();
    const output = join(dir, "..", "dist");
    mkdirSync(join(output, "_import", "lib"), {recursive: true});
    mkdirSync(join(output, "_file"), {recursive: true});
    writeFileSync(join(output, "index.html"), "<p>");
    writeFileSync(join(output, "_import", "lib", "site.12345678.js"), "");
    writeFileSync(join(output, "_file", "a.12345678.arrow"), "");
    expect(await readSiteRecord(dir)).toBeNull();
    await writeSiteRecord(dir, output, "digest");
    const record = await readSiteRecord(dir);
    expect(record).toEqual({
      site: "digest",
      output: resolve(output),
      files: ["_file/a.12345678.arrow", "_import/lib/site.12345678.js", "index.html"],
      texts: {
        "_import/lib/site.12345678.js": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "index.html": "33f2799467177287a29260780a107ac98ea63dd6165f67fcc0d74767d0a82090",
      },
    });
  });

  it("reads a damaged record as none", async () => {
    const dir = root();
    writeFileSync(siteRecordPath(dir), "{");
    expect(await readSiteRecord(dir)).toBeNull();
    writeFileSync(siteRecordPath(dir), '{"site": "a", "output": "/dist"}');
    expect(await readSiteRecord(dir)).toBeNull();
  });
});

describe("isSiteText", () => {
  it("is a page or a local module", () => {
    expect(
      ["index.html", "sub/a.html", "_import/lib/site.1.js", "_node/x/index.js", "_file/a.json"].map(isSiteText),
    ).toEqual([true, true, true, false, false]);
  });
});
