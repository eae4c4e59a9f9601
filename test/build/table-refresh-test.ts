import {createHash} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {readSiteRecord, writeSiteRecord} from "../../src/build/site-record.ts";
import {refreshTables} from "../../src/build/table-refresh.ts";

const hash8 = (bytes: string) => createHash("sha256").update(bytes).digest("hex").slice(0, 8);

/** A table's reference as Framework writes it, from the file now in the root's tables folder. */
function reference(root: string, name: string, prefix: string): string {
  const path = join(root, "data", "tables", name);
  const [base, ext] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf("."))];
  const {mtimeMs, size} = statSync(path);
  const published = `${prefix}_file/data/tables/${base}.${hash8(readFileSync(path, "utf8"))}${ext}`;
  return `"path":"${published}","lastModified":${Math.floor(mtimeMs)},"size":${size}`;
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, content);
}

/** Every file of a folder, by path, as text. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => join(e.parentPath, e.name)).map((p) => [relative(dir, p), readFileSync(p, "utf8")]),
  );
}

/** Framework's name for a local module, as the refresh asks for it: the paths asked are kept. */
const asked: string[] = [];
const moduleHash = async (_root: string, path: string) => {
  asked.push(path);
  return "1111cccc" + "0".repeat(56);
};

/**
 * A site as Framework lays it out, in miniature: a page that registers two tables and imports the module that
 * names them, the module, the published tables, a package file; and the root the tables came from.
 */
async function builtSite() {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-refresh-"));
  const [root, output] = [join(dir, "docs"), join(dir, "dist")];
  write(join(root, "data", "tables", "facts.arrow"), "facts one");
  write(join(root, "data", "tables", "trends.json"), "[1]");
  const page = () =>
    `<script type="module">\nregisterFile("./data/tables/facts.arrow", {"name":"./data/tables/facts.arrow",${reference(root, "facts.arrow", "./")}});\n` +
    `registerFile("./data/tables/trends.json", {"name":"./data/tables/trends.json","mimeType":"application/json",${reference(root, "trends.json", "./")}});\n` +
    `import {x} from "./_import/lib/site.0000aaaa.js";\n</script>`;
  const module = () =>
    `export const facts = () => FileAttachment({"name":"../../data/tables/facts.arrow","mimeType":undefined,${reference(root, "facts.arrow", "../../")}}, import.meta.url);\n` +
    `export const trends = () => FileAttachment({"name":"../../data/tables/trends.json","mimeType":"application/json",${reference(root, "trends.json", "../../")}}, import.meta.url);\n`;
  write(join(output, "index.html"), page());
  write(join(output, "sub", "page.html"), page().replaceAll('"./', '"../'));
  write(join(output, "_import", "lib", "site.0000aaaa.js"), module());
  write(join(output, "_import", "_fazhi", "components.0000bbbb.js"), "export const y = 1;");
  write(join(output, "_file", "data", "tables", `facts.${hash8("facts one")}.arrow`), "facts one");
  write(join(output, "_file", "data", "tables", `trends.${hash8("[1]")}.json`), "[1]");
  write(join(output, "_node", "duckdb.wasm"), "wasm");
  await writeSiteRecord(root, output, "site-1");
  const staging = join(dir, "dist.building");
  /** A refresh of the site from the record of its last build, the pages and library as they were. */
  const refresh = async () => refreshTables(root, output, staging, await readSiteRecord(root), "site-1", moduleHash);
  return {root, output, staging, page, module, refresh};
}

describe("refreshTables", () => {
  it("publishes the changed tables under Framework's names and points the pages and the module at them", async () => {
    const site = await builtSite();
    const before = snapshot(site.output);
    write(join(site.root, "data", "tables", "facts.arrow"), "facts two");
    expect(await site.refresh()).toEqual({refreshed: ["facts.arrow"]});
    expect(asked).toEqual(["/lib/site.js"]);

    const built = snapshot(site.staging);
    const expected = {
      "index.html": site.page().replace("site.0000aaaa.js", "site.1111cccc.js"),
      "sub/page.html": site.page().replaceAll('"./', '"../').replace("site.0000aaaa.js", "site.1111cccc.js"),
      "_import/lib/site.1111cccc.js": site.module(),
      "_import/_fazhi/components.0000bbbb.js": "export const y = 1;",
      [`_file/data/tables/facts.${hash8("facts two")}.arrow`]: "facts two",
      [`_file/data/tables/trends.${hash8("[1]")}.json`]: "[1]",
      "_node/duckdb.wasm": "wasm",
    };
    expect(built).toEqual(expected);
    // The published site is untouched: what is unchanged is linked, and the pages are written anew, not in place.
    expect(snapshot(site.output)).toEqual(before);
  });

  it("writes nothing when no table changed", async () => {
    const site = await builtSite();
    expect(await site.refresh()).toEqual({refreshed: []});
    expect(existsSync(site.staging)).toBe(false);
  });

  it("leaves the build to Framework when anything but the tables may have changed", async () => {
    const site = await builtSite();
    const record = await readSiteRecord(site.root);
    write(join(site.root, "data", "tables", "facts.arrow"), "facts two");
    const reason = async (output = site.output, digest = "site-1", given = record) =>
      ((await refreshTables(site.root, output, site.staging, given, digest, moduleHash)) as {reason?: string}).reason;

    expect(await reason(site.output, "site-1", null)).toBe("没有上次构建的记录");
    expect(await reason(join(site.output, "..", "elsewhere"))).toBe("上次构建到了另一个文件夹");
    expect(await reason(site.output, "site-2")).toBe("页面、组件或配置变了");

    write(join(site.output, "extra.txt"), "");
    expect(await reason()).toBe("网站文件夹与上次构建的记录不符");
    rmSync(join(site.output, "extra.txt"));
    write(join(site.output, "index.html"), site.page() + "<!-- edited by hand -->");
    expect(await reason()).toBe("index.html 与上次构建的记录不符");
    expect(existsSync(site.staging)).toBe(false);
  });

  it("leaves the build to Framework when a table the site names is no longer written", async () => {
    const site = await builtSite();
    rmSync(join(site.root, "data", "tables", "trends.json"));
    expect(await site.refresh()).toEqual({reason: "trends.json 已不再生成"});
  });

  it("leaves the build to Framework when another module imports the one renamed", async () => {
    const site = await builtSite();
    write(join(site.output, "_import", "lib", "charts.0000dddd.js"), 'import {facts} from "./site.0000aaaa.js";');
    await writeSiteRecord(site.root, site.output, "site-1");
    write(join(site.root, "data", "tables", "facts.arrow"), "facts two");
    expect(await site.refresh()).toEqual({reason: "_import/lib/charts.0000dddd.js 引用了改名的模块"});
  });
});
