import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import * as esbuild from "esbuild";
import {describe, expect, it} from "vitest";
import {REVIEW_MODULE, reviewBuildOptions} from "../../src/build/components-bundle.ts";
import * as review from "../../src/components/review-module.ts";

describe("报告审核's module", () => {
  it("holds what the page uses", () => {
    expect(Object.keys(review).sort()).toEqual(["arrowRows", "reviewChecklist"]);
  });

  it("is built without Plot and d3, a small part of the library", async () => {
    const root = mkdtempSync(join(tmpdir(), "fazhi-review-module-"));
    try {
      await esbuild.build(reviewBuildOptions(root));
      const code = readFileSync(join(root, REVIEW_MODULE), "utf8");
      expect(code.length).toBeLessThan(100_000);
      expect(code).toMatch(/export\s*\{/);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
