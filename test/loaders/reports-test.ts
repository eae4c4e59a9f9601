import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {InputError} from "../../src/extract/input-error.ts";
import {extractAll, listReports} from "../../loaders/reports.ts";

function dataDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-data-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe("listReports", () => {
  it("finds the seed report by body and year", () => {
    expect(listReports()).toContainEqual(expect.objectContaining({body: "dalian-hitech", year: 2024}));
  });

  it("sorts by body, then year", () => {
    const dir = dataDir({"reports/b/2023.txt": "乙", "reports/a/2024.txt": "甲", "reports/a/2022.txt": "甲"});
    expect(listReports(dir).map((r) => `${r.body}/${r.year}`)).toEqual(["a/2022", "a/2024", "b/2023"]);
  });

  it.each(["reports/dalian/report.txt", "reports/2024.txt", "reports/Dalian Hitech/2024.txt", "reports/a/b/2024.txt"])(
    "names a file whose path does not give body and year: %s",
    (path) => {
      const dir = dataDir({[path]: "文本"});
      expect(() => listReports(dir)).toThrow(InputError);
      expect(() => listReports(dir)).toThrow(path.split("/").pop()!);
    },
  );
});

describe("extractAll", () => {
  it("names the file when a report cannot be read", () => {
    const dir = dataDir({"reports/empty-body/2024.txt": ""});
    expect(() => extractAll(dir)).toThrow(/empty-body[/\\]2024\.txt: the file is empty$/);
  });
});
