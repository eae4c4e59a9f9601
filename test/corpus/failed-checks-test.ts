import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {enforceChecks, FailedChecksError, failedCheckLines} from "../../src/corpus/failed-checks.ts";
import {InputError} from "../../src/extract/input-error.ts";
import {extractReport} from "../../src/extract/report.ts";

const read = (name: string, body: string) =>
  extractReport(readFileSync(`test/fixtures/bad/${name}`), {body, year: 2024});
const good = read("report.txt", "good");
const failing = read("category-sum.txt", "bad-sum");
const SUM_FAILURE =
  "data/reports/bad-sum/2024.txt: 核对不通过：权责清单各类合计与总数相符（power_list.category_sum），原文第 134–186 字" +
  "“权力事项120（子项200）项，包括行政许可60项、行政处罚110项、行政检查30项、其它行政权力10项”：" +
  "4类合计210项，与子项总数200项不符（多10项）";

describe("failedCheckLines", () => {
  it("gives one line per failed check: the report's file, the check, where, and the message", () => {
    expect(failedCheckLines([good, failing], join(process.cwd(), "data"))).toEqual([SUM_FAILURE]);
  });

  it("names a file outside the working folder by its full path", () => {
    expect(failedCheckLines([failing], "/srv/reports")[0]).toMatch(
      /^\/srv\/reports\/reports\/bad-sum\/2024\.txt: 核对不通过：/,
    );
  });
});

describe("failedCheckLines, for a report received in another format", () => {
  it("names the report's own file: its .docx, not a .txt that does not exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-failed-"));
    mkdirSync(join(dir, "reports", "bad-sum"), {recursive: true});
    writeFileSync(join(dir, "reports", "bad-sum", "2024.docx"), "");
    expect(failedCheckLines([failing], dir)[0]).toMatch(
      /reports\/bad-sum\/2024\.docx: 核对不通过：.*（power_list\.category_sum）/,
    );
    rmSync(dir, {recursive: true});
  });
});

describe("enforceChecks", () => {
  it("passes reports with no failed check, whether or not the switch is on", () => {
    const printed: string[] = [];
    enforceChecks([good], "data", false, (line) => printed.push(line));
    enforceChecks([good], "data", true, (line) => printed.push(line));
    expect(printed).toEqual([]);
  });

  it("stops on a failed check with an input error of one line per failure and how to publish anyway", () => {
    const error = (() => {
      try {
        enforceChecks([good, failing], "data", false);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FailedChecksError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as FailedChecksError).lines).toEqual([
      SUM_FAILURE,
      "共 1 项核对不通过：请对照报告原文改正；若要照常发布（页面上标出不通过的核对），运行 fazhi build --allow-failed-checks 或设置 FAZHI_ALLOW_FAILED_CHECKS=1",
    ]);
  });

  it("prints the same lines and goes on when the switch is on", () => {
    const printed: string[] = [];
    enforceChecks([failing], "data", true, (line) => printed.push(line));
    expect(printed).toEqual([
      SUM_FAILURE,
      "共 1 项核对不通过，已照常发布并在页面上标出（设置了 FAZHI_ALLOW_FAILED_CHECKS）",
    ]);
  });

  it("finds no failed check in the published reports nor in the fixture site", async () => {
    const {loadCorpus} = await import("../../src/corpus/corpus.ts");
    for (const dir of ["data", "test/fixtures/site"])
      expect(failedCheckLines(loadCorpus(dir).extractions, dir)).toEqual([]);
  });
});
