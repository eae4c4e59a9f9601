import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {digestFiles, LOADER_INPUTS} from "../../src/build/input-stamp.ts";

describe("digestFiles", () => {
  it("digests paths as well as contents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-digest-"));
    writeFileSync(join(dir, "a.txt"), "x");
    const before = await digestFiles([dir]);
    writeFileSync(join(dir, "a.txt"), "y");
    expect(await digestFiles([dir])).not.toBe(before);
  });

  it("sees a change behind a linked data folder and behind a linked report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-linked-"));
    const shared = join(dir, "shared");
    mkdirSync(join(shared, "a"), {recursive: true});
    writeFileSync(join(shared, "a", "2024.txt"), "共28项");
    writeFileSync(join(dir, "received.txt"), "共30项");
    const data = join(dir, "data");
    mkdirSync(data);
    symlinkSync(shared, join(data, "reports"));
    symlinkSync(join(dir, "received.txt"), join(shared, "a", "2023.txt"));

    const first = await digestFiles([data]);
    writeFileSync(join(shared, "a", "2024.txt"), "共29项");
    const second = await digestFiles([data]);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, "received.txt"), "共31项");
    expect(await digestFiles([data])).not.toBe(second);
  });

  it("refuses a link to nothing with one line, rather than building without the report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-dangling-"));
    symlinkSync(join(dir, "gone.txt"), join(dir, "2024.txt"));
    await expect(digestFiles([dir])).rejects.toThrow(
      /2024\.txt: 符号链接指向的文件或文件夹不存在，请删除或修正这个链接$/,
    );
  });

  it("digests single files given by name, such as the package lock", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-file-"));
    const lock = join(dir, "package-lock.json");
    writeFileSync(lock, "{}");
    const before = await digestFiles([lock]);
    writeFileSync(lock, '{"x":1}');
    expect(await digestFiles([lock])).not.toBe(before);
  });

  it("covers the code, the pages, the packages' versions and the data", () => {
    for (const input of ["loaders", "src", "docs", "package.json", "package-lock.json", "observablehq.config.ts"]) {
      expect(LOADER_INPUTS).toContain(input);
    }
  });

  it("ignores Framework's cache, the generated bundle and the written tables under the inputs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-ignored-"));
    mkdirSync(join(dir, ".observablehq", "cache"), {recursive: true});
    mkdirSync(join(dir, "_fazhi"));
    mkdirSync(join(dir, "data", "tables"), {recursive: true});
    writeFileSync(join(dir, "page.md"), "x");
    const before = await digestFiles([dir]);
    writeFileSync(join(dir, ".observablehq", "cache", "x.arrow"), "changed");
    writeFileSync(join(dir, "_fazhi", "components.js"), "changed");
    writeFileSync(join(dir, "data", "tables", "facts.arrow"), "changed");
    expect(await digestFiles([dir])).toBe(before);
  });
});
