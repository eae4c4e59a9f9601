import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {clientNpmLibraries, prepareOfflineNpmCache} from "../../src/build/offline-npm.ts";

describe("clientNpmLibraries", () => {
  it("finds the libraries Framework's client names by npm: specifier", async () => {
    const names = await clientNpmLibraries();
    expect(names).toEqual(
      expect.arrayContaining(["d3", "@observablehq/plot", "@duckdb/duckdb-wasm", "react-dom", "mermaid"]),
    );
    expect(names.every((name) => /^(@[\w.-]+\/)?[\w.-]+$/.test(name))).toBe(true);
  });
});

describe("prepareOfflineNpmCache", () => {
  it("creates one version folder per library, named with the installed version where there is one", async () => {
    const root = mkdtempSync(join(tmpdir(), "fazhi-npm-"));
    const created = await prepareOfflineNpmCache(root);
    expect(created.length).toBe((await clientNpmLibraries()).length);
    expect(existsSync(join(root, ".observablehq/cache/_npm/d3@7.9.2"))).toBe(true);
    expect(existsSync(join(root, ".observablehq/cache/_npm/mermaid@0.0.0"))).toBe(true);
  });
});
