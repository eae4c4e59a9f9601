import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {digestFiles, invalidateLoaderCache} from "../../src/build/input-stamp.ts";

describe("invalidateLoaderCache", () => {
  it("drops the loaders' cached output when, and only when, an input changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-stamp-"));
    const inputs = join(dir, "data");
    const root = join(dir, "docs");
    const cached = join(root, ".observablehq/cache/data/x.arrow");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "a.txt"), "一");
    const cache = () => {
      mkdirSync(join(root, ".observablehq/cache/data"), {recursive: true});
      writeFileSync(cached, "");
    };

    expect(await invalidateLoaderCache(root, [inputs])).toBe(true);
    cache();
    expect(await invalidateLoaderCache(root, [inputs])).toBe(false);
    expect(existsSync(cached)).toBe(true);

    writeFileSync(join(inputs, "b.txt"), "二");
    expect(await invalidateLoaderCache(root, [inputs])).toBe(true);
    expect(existsSync(cached)).toBe(false);
  });

  it("drops the cached output when a setting the loaders read changed, such as allowing failed checks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-settings-"));
    const root = join(dir, "docs");
    const strict = ["FAZHI_ALLOW_FAILED_CHECKS="];
    const allowed = ["FAZHI_ALLOW_FAILED_CHECKS=1"];
    expect(await invalidateLoaderCache(root, [], strict)).toBe(true);
    expect(await invalidateLoaderCache(root, [], strict)).toBe(false);
    expect(await invalidateLoaderCache(root, [], allowed)).toBe(true);
    expect(await invalidateLoaderCache(root, [], strict)).toBe(true);
  });

  it("digests paths as well as contents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-digest-"));
    writeFileSync(join(dir, "a.txt"), "x");
    const before = await digestFiles([dir]);
    writeFileSync(join(dir, "a.txt"), "y");
    expect(await digestFiles([dir])).not.toBe(before);
  });
});
