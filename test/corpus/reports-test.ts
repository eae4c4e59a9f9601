import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {InputError} from "../../src/extract/input-error.ts";
import {extractAll, listReports} from "../../src/corpus/reports.ts";

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

  it("sorts bodies by code unit, not by the machine's locale (under da_DK, aa sorts after z)", () => {
    const dir = dataDir({"reports/z/2023.txt": "乙", "reports/aa/2024.txt": "甲", "reports/b-10/2024.txt": "丙"});
    expect(listReports(dir).map((r) => r.body)).toEqual(["aa", "b-10", "z"]);
  });

  it("follows a linked reports folder and linked reports, as the build's stamp does", () => {
    const shared = dataDir({"body-b/2024.txt": "乙"});
    const dir = dataDir({"bodies.csv": "", "inbox/received.txt": "甲"});
    symlinkSync(shared, join(dir, "reports"));
    symlinkSync(join(dir, "inbox", "received.txt"), join(shared, "body-b", "2023.txt"));
    expect(listReports(dir).map((r) => `${r.body}/${r.year}`)).toEqual(["body-b/2023", "body-b/2024"]);
    expect(listReports(dir).map((r) => r.path)).toContain(join(dir, "reports", "body-b", "2023.txt"));
  });

  it("names a linked report that leads nowhere", () => {
    const dir = dataDir({"reports/a/2024.txt": "甲"});
    symlinkSync(join(dir, "gone.txt"), join(dir, "reports", "a", "2023.txt"));
    expect(() => listReports(dir)).toThrow(/2023\.txt: 符号链接指向的文件或文件夹不存在，请删除或修正这个链接$/);
  });

  it("names a missing reports folder in one line", () => {
    const dir = dataDir({"bodies.csv": ""});
    expect(() => listReports(dir)).toThrow(InputError);
    expect(() => listReports(dir)).toThrow(/reports: 没有报告文件夹/);
    rmSync(dir, {recursive: true});
    expect(() => listReports(dir)).toThrow(/reports: 没有报告文件夹/);
  });

  it.each(["reports/a/0000.txt", "reports/a/9999.txt", "reports/a/24.txt", "reports/a/02024.txt"])(
    "names a file whose year is no year, as its own name: %s",
    (path) => {
      const dir = dataDir({[path]: "文本"});
      expect(() => listReports(dir)).toThrow(new RegExp(`${path.split("/").pop()!.replace(".", "\\.")}: 报告文件须为`));
    },
  );

  it("takes each format reports arrive in, and refuses two files for one body's year", () => {
    const dir = dataDir({
      "reports/a/2021.txt": "甲",
      "reports/a/2022.htm": "甲",
      "reports/a/2023.DOCX": "甲",
      "reports/a/2024.doc": "甲",
      "reports/b/2024.pdf": "乙",
      "reports/b/2023.html": "乙",
    });
    expect(listReports(dir).map((r) => `${r.body}/${r.year}`)).toEqual([
      "a/2021",
      "a/2022",
      "a/2023",
      "a/2024",
      "b/2023",
      "b/2024",
    ]);
    writeFileSync(join(dir, "reports", "a", "2024.pdf"), "甲");
    expect(() => listReports(dir)).toThrow(/2024\.pdf: 与 .*2024\.doc 是同一单位同一年份的报告，请只保留其中一份$/);
  });

  it("skips dot files and dot folders, the lock files editors keep beside an open report, and thumbnail caches", () => {
    const dir = dataDir({
      "reports/a/2024.txt": "甲",
      "reports/.DS_Store": "",
      "reports/a/.gitkeep": "",
      "reports/.git/x": "",
      "reports/a/~$2024.docx": "",
      "reports/a/.~lock.2024.docx#": "",
      "reports/a/Thumbs.db": "",
      "reports/desktop.ini": "",
    });
    expect(listReports(dir).map((r) => r.year)).toEqual([2024]);
  });

  it("asks to move a copy out, not to rename it onto the report it copies", () => {
    const dir = dataDir({"reports/a/2023.txt": "甲", "reports/a/2023.txt.bak": "甲"});
    expect(() => listReports(dir)).toThrow(
      /2023\.txt\.bak: 报告文件须为.*：.*a\/2023\.txt 已存在，这个文件若是它的备份或副本，请移出 data\/reports\/$/,
    );
    const moved = dataDir({"reports/a/2023年报告（定稿）.txt": "甲"});
    expect(() => listReports(moved)).toThrow(/：请改名为 .*a\/2023\.txt$/);
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
    expect(() => extractAll(dir)).toThrow(/empty-body[/\\]2024\.txt: 文件是空的$/);
  });

  it("reads a Word report, and names the file when a PDF is a scan", () => {
    const dir = dataDir({
      "reports/dalian-hitech/2024.docx": readFileSync("test/fixtures/formats/seed.docx"),
    });
    expect(extractAll(dir)[0]!.facts).toHaveLength(22);
    writeFileSync(join(dir, "reports", "dalian-hitech", "2023.pdf"), readFileSync("test/fixtures/formats/scan.pdf"));
    expect(() => extractAll(dir)).toThrow(/dalian-hitech[/\\]2023\.pdf: PDF 是扫描件，没有文字层/);
  });

  it("refuses a report larger than 64 MiB by its size, in one line naming it", () => {
    const dir = dataDir({"reports/big-body/2024.txt": Buffer.alloc(64 * 1024 * 1024 + 1, 0x61)});
    expect(() => extractAll(dir)).toThrow(
      /big-body[/\\]2024\.txt: 文件大小 64\.0 MiB（67108865 字节），超过一份报告的上限 64 MiB/,
    );
  });

  it("reads each report with its body's kind: a district's quote of the city's figure is not its own", () => {
    const text = "2024年，全市共受理行政复议申请3,215件。全区共受理行政复议申请52件。";
    const dir = dataDir({"reports/some-district/2024.txt": text, "reports/some-city/2024.txt": text});
    const kinds = new Map([
      ["some-district", "district"],
      ["some-city", "city"],
    ]);
    const values = extractAll(dir, undefined, undefined, kinds).map((x) => x.facts.map((f) => f.value));
    expect(values).toEqual([[3215, 52], [52]]);
  });
});
