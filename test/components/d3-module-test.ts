import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import * as esbuild from "esbuild";
import {describe, expect, it} from "vitest";
import {
  COMPONENTS_MODULE,
  componentsBuildOptions,
  D3_MODULE,
  d3BuildOptions,
} from "../../src/build/components-bundle.ts";

describe("d3's module", () => {
  it("holds the whole of d3, which the library leaves out", async () => {
    const root = mkdtempSync(join(tmpdir(), "fazhi-d3-module-"));
    try {
      await esbuild.build(d3BuildOptions(root));
      const d3 = await import(pathToFileURL(join(root, D3_MODULE)).href);
      expect(Object.keys(d3)).toEqual(expect.arrayContaining(["forceSimulation", "zoom", "format", "sum", "csvParse"]));
      await esbuild.build(componentsBuildOptions(root));
      expect(readFileSync(join(root, COMPONENTS_MODULE), "utf8")).not.toMatch(/forceSimulation|d3-zoom/);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
