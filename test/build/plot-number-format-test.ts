import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import * as esbuild from "esbuild";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {numberFormatWhenUsed, plotNumberFormatWhenUsed} from "../../src/build/plot-number-format.ts";

async function bundlePlot(plugins: esbuild.Plugin[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-plot-"));
  await esbuild.build({
    stdin: {contents: `export * from "@observablehq/plot";`, resolveDir: process.cwd()},
    outfile: join(dir, "plot.mjs"),
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    plugins,
    logLevel: "silent",
  });
  return join(dir, "plot.mjs");
}

describe("plotNumberFormatWhenUsed", () => {
  it("bundles a Plot that makes no Intl.NumberFormat when loaded, and formats numbers of text marks as before", async () => {
    const file = await bundlePlot([plotNumberFormatWhenUsed]);
    const made: unknown[] = [];
    const NumberFormat = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct: (target, args: [string?]) => (made.push(args[0]), new target(...args)),
    });
    try {
      const Plot = await import(`${pathToFileURL(file).href}?${Date.now()}`);
      expect(made).toEqual([]);
      const {document} = new JSDOM().window;
      const chart = Plot.plot({document, marks: [Plot.text([1234.5, "甲"], {x: (_: unknown, i: number) => i})]});
      expect([...chart.querySelectorAll("text")].map((t) => t.textContent)).toEqual(
        expect.arrayContaining(["1,234.5", "甲"]),
      );
      expect(made).toEqual(["en-US"]);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });

  it("refuses a Plot whose format.js no longer reads as expected, rather than bundle it unchanged", () => {
    const path = "node_modules/@observablehq/plot/src/format.js";
    const source = readFileSync(path, "utf8");
    expect(numberFormatWhenUsed(source, path)).toContain("number ??= formatNumber(locale)");
    expect(() => numberFormatWhenUsed(source.replace("const number =", "const num ="), path)).toThrow(
      /format\.js: not the formatAuto this build expects/,
    );
  });
});
