import {spawnSync} from "node:child_process";
import {appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../src/corpus/corpus.ts";
import {readReference} from "../../src/corpus/reference.ts";
import {tablesArchive} from "../../src/tables/archive.ts";
import {publishedTables} from "../../src/tables/published.ts";

describe("tablesArchive", () => {
  const tables = publishedTables(loadCorpus(), readReference("data"));

  it("holds every table as Arrow and Parquet, and the extra files", async () => {
    const zip = await JSZip.loadAsync(await tablesArchive(tables, {"search-index.json": "[]"}));
    const names = Object.keys(zip.files).sort();
    for (const table of [
      "facts",
      "numbers",
      "metrics",
      "items",
      "reports",
      "checks",
      "bodies",
      "reference",
      "power-list",
    ]) {
      expect(names).toContain(`${table}.arrow`);
      expect(names).toContain(`${table}.parquet`);
    }
    expect(names).toContain("search-index.json");
  });

  it("is byte-identical from the same data", async () => {
    const again = publishedTables(loadCorpus(), readReference("data"));
    expect(Buffer.from(await tablesArchive(again))).toEqual(Buffer.from(await tablesArchive(tables)));
  });
});

describe("the published tables under two locales", () => {
  it("are byte-identical under C.UTF-8 and da_DK.UTF-8 (where aa sorts after z)", {timeout: 120_000}, () => {
    // The site fixtures plus two bodies whose order differs between the locales' collations.
    const data = mkdtempSync(join(tmpdir(), "fazhi-locale-"));
    cpSync("test/fixtures/site", data, {recursive: true});
    const report = readFileSync("test/fixtures/site/reports/sample-district/2024.txt");
    for (const id of ["z-zone", "aa-zone", "ab-zone"]) {
      mkdirSync(join(data, "reports", id));
      writeFileSync(join(data, "reports", id, "2024.txt"), report);
      appendFileSync(join(data, "bodies.csv"), `${id},${id}（虚构）,${id},district,测试省,测试市,\n`);
    }
    const run = (locale: string) => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/tables.ts"], {
        env: {...process.env, LANG: locale, LC_ALL: locale, FAZHI_DATA: data, FAZHI_ALLOW_FAILED_CHECKS: "1"},
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(result.status, result.stderr.toString()).toBe(0);
      return result.stdout;
    };
    const c = run("C.UTF-8");
    expect(c.length).toBeGreaterThan(0);
    expect(run("da_DK.UTF-8").equals(c)).toBe(true);
    rmSync(data, {recursive: true, force: true});
  });
});
