import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {localModuleHash} from "../../src/build/module-hash.ts";
import {frameworkModuleHash} from "../../src/build/table-refresh.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, {recursive: true, force: true})));

/** A Framework source root with the given files (path → text). */
function root(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-module-hash-"));
  roots.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("localModuleHash", () => {
  it("gives Framework's hash of docs/lib/site.js, with a file of its own for every table it attaches", async () => {
    const site = readFileSync("docs/lib/site.js", "utf8");
    const files: Record<string, string> = {
      "lib/site.js": site,
      "lib/duckdb-files.js": readFileSync("docs/lib/duckdb-files.js", "utf8"),
    };
    for (const [, name] of site.matchAll(/FileAttachment\("\.\.\/([^"]+)"\)/g)) files[name!] = `${name} 的内容`;
    const dir = root(files);
    expect(Object.keys(files).length).toBeGreaterThan(400);
    expect(localModuleHash(dir, "/lib/site.js")).toBe(await frameworkModuleHash(dir, "/lib/site.js"));
  });

  it("gives Framework's hash of a module importing another, attaching a file twice, with re-exports", async () => {
    const dir = root({
      "a/main.js": [
        `import {FileAttachment} from "observablehq:stdlib";`,
        `import {x} from "./helper.js";`,
        `export {y} from "../b/other.js";`,
        `export const files = [FileAttachment("./one.csv"), FileAttachment('one.csv'), FileAttachment("../b/two.json")];`,
      ].join("\n"),
      "a/helper.js": `import {FileAttachment} from "observablehq:stdlib";\nexport const x = FileAttachment("three.txt");\n`,
      "b/other.js": `export const y = import.meta.resolve("some-package/file.js");\n`,
      "a/one.csv": "a,b\n1,2\n",
      "b/two.json": "{}",
      "a/three.txt": "三",
    });
    expect(localModuleHash(dir, "/a/main.js")).toBe(await frameworkModuleHash(dir, "/a/main.js"));
  });

  it.each([
    ["a dynamic import", `export const m = () => import("./other.js");`],
    ["a package's file resolved in the module itself", `export const u = import.meta.resolve("pkg/file.js");`],
    ["an npm import", `import * as d3 from "npm:d3";\nexport {d3};`],
    [
      "a file named by a template",
      "import {FileAttachment} from 'observablehq:stdlib';\nexport const f = FileAttachment(`x.csv`);",
    ],
    [
      "a file attached under another name",
      `import {FileAttachment as F} from "observablehq:stdlib";\nexport const f = F("x.csv");`,
    ],
    [
      "a file that is not there",
      `import {FileAttachment} from "observablehq:stdlib";\nexport const f = FileAttachment("missing.csv");`,
    ],
  ])("leaves a module with %s to Framework", (_, source) => {
    expect(localModuleHash(root({"m.js": source, "x.csv": "1"}), "/m.js")).toBeUndefined();
  });
});
