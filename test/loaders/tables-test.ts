import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {loadCorpus} from "../../loaders/corpus.ts";
import {readReference} from "../../loaders/reference.ts";
import {publishedTables, tablesArchive} from "../../loaders/tables.ts";

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
