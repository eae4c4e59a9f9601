import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {TABLES_FOLDER, writeSiteTables} from "../../src/build/site-tables.ts";
import {InputError} from "../../src/extract/input-error.ts";

/** A data folder and a Framework root of their own, and a producer of tables that counts its runs. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-tables-"));
  const [root, data] = [join(dir, "docs"), join(dir, "data")];
  mkdirSync(data);
  writeFileSync(join(data, "a.txt"), "一");
  let runs = 0;
  const files = () => {
    runs++;
    return {"facts.arrow": new Uint8Array([runs]), "search-index.json": "[]"};
  };
  const folder = join(root, TABLES_FOLDER);
  return {root, data, folder, files, runs: () => runs};
}

describe("writeSiteTables", () => {
  it("writes the tables when, and only when, an input changed", async () => {
    const {root, data, folder, files, runs} = setup();
    expect(await writeSiteTables(root, [data], [], files)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual([".inputs.sha256", "facts.arrow", "search-index.json"]);
    expect(await writeSiteTables(root, [data], [], files)).toBe(false);
    expect(runs()).toBe(1);

    writeFileSync(join(data, "b.txt"), "二");
    expect(await writeSiteTables(root, [data], [], files)).toBe(true);
    expect([...readFileSync(join(folder, "facts.arrow"))]).toEqual([2]);
  });

  it("writes them again when a setting the loaders read changed, such as allowing failed checks", async () => {
    const {root, data, files} = setup();
    const [strict, allowed] = [["FAZHI_ALLOW_FAILED_CHECKS="], ["FAZHI_ALLOW_FAILED_CHECKS=1"]];
    expect(await writeSiteTables(root, [data], strict, files)).toBe(true);
    expect(await writeSiteTables(root, [data], strict, files)).toBe(false);
    expect(await writeSiteTables(root, [data], allowed, files)).toBe(true);
    expect(await writeSiteTables(root, [data], strict, files)).toBe(true);
  });

  it("leaves a table whose bytes did not change as it was, its time too, so the site's reference to it holds", async () => {
    const {root, data, folder} = setup();
    const files = () => ({"facts.arrow": new Uint8Array([1]), "trends.json": String(readdirSync(data).length)});
    await writeSiteTables(root, [data], [], files);
    const past = new Date(2020, 0, 1);
    for (const name of ["facts.arrow", "trends.json"]) utimesSync(join(folder, name), past, past);
    writeFileSync(join(data, "b.txt"), "二");
    expect(await writeSiteTables(root, [data], [], files)).toBe(true);
    expect(statSync(join(folder, "facts.arrow")).mtime).toEqual(past);
    expect(statSync(join(folder, "trends.json")).mtime).not.toEqual(past);
    expect(readFileSync(join(folder, "trends.json"), "utf8")).toBe("2");
  });

  it("removes files no longer published, and what a stopped build left", async () => {
    const {root, data, folder, files} = setup();
    mkdirSync(folder, {recursive: true});
    writeFileSync(join(folder, "old.arrow"), "");
    writeFileSync(join(folder, ".facts.arrow.12345"), "");
    await writeSiteTables(root, [data], [], files);
    expect(readdirSync(folder).sort()).toEqual([".inputs.sha256", "facts.arrow", "search-index.json"]);
  });

  it("leaves the tables as they were on bad input, and tries again next time", async () => {
    const {root, data, folder, files, runs} = setup();
    await writeSiteTables(root, [data], [], files);
    writeFileSync(join(data, "b.txt"), "二");
    const bad = () => {
      throw new InputError("data/reports/a/2024.txt: 文件是空的");
    };
    await expect(writeSiteTables(root, [data], [], bad)).rejects.toThrow("文件是空的");
    expect([...readFileSync(join(folder, "facts.arrow"))]).toEqual([1]);
    expect(existsSync(join(folder, ".inputs.sha256"))).toBe(true);
    expect(await writeSiteTables(root, [data], [], files)).toBe(true);
    expect(runs()).toBe(2);
  });
});
