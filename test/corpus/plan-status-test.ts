import {cpSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {extractAll} from "../../src/corpus/reports.ts";
import {readPlanStatus} from "../../src/corpus/plan-status.ts";
import {InputError} from "../../src/extract/input-error.ts";

const SITE = "test/fixtures/site";
const extractions = extractAll(SITE);
const HEADER = "body,year,kind,item,status,note";
const PLAN = '"重新梳理权责事项,编制新版权责清单并在门户网站公布"';

/** The site fixtures with another plan-status.csv; returns the folder and the file's name as errors give it. */
function withStatus(lines: string[]): {dir: string; name: string} {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-status-"));
  cpSync(SITE, dir, {recursive: true});
  writeFileSync(join(dir, "plan-status.csv"), [HEADER, ...lines].join("\n") + "\n");
  return {dir, name: relative(process.cwd(), join(dir, "plan-status.csv"))};
}

describe("readPlanStatus", () => {
  it("reads the fixture's status", () => {
    expect(readPlanStatus(extractions, SITE)).toEqual([
      {
        body: "dalian-hitech",
        year: 2023,
        kind: "plan",
        item: "重新梳理权责事项,编制新版权责清单并在门户网站公布",
        status: "done",
        note: "测试用状态",
      },
    ]);
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])(
    "rejects the status %j, which only Object's prototype has",
    (status) => {
      const {dir, name} = withStatus([`dalian-hitech,2023,plan,${PLAN},${status},`]);
      expect(() => readPlanStatus(extractions, dir)).toThrow(InputError);
      expect(() => readPlanStatus(extractions, dir)).toThrow(
        `${name}:2: status must be one of planned, in_progress, done, not "${status}"`,
      );
    },
  );

  it("reports the line a row starts on after a note of several lines", () => {
    const {dir, name} = withStatus([
      `dalian-hitech,2023,plan,${PLAN},done,"第一行\n第二行\n第三行"`,
      "dalian-hitech,2023,plan,没有这一项,done,",
    ]);
    expect(() => readPlanStatus(extractions, dir)).toThrow(
      `${name}:5: no plan "没有这一项" in the report of dalian-hitech for 2023`,
    );
  });

  it("rejects two statuses for one item, and reads an identical row once", () => {
    const conflicting = withStatus([
      `dalian-hitech,2023,plan,${PLAN},done,`,
      `dalian-hitech,2023,plan,${PLAN},planned,`,
    ]);
    expect(() => readPlanStatus(extractions, conflicting.dir)).toThrow(`${conflicting.name}:3: 与第 2 行`);
    const repeated = withStatus([`dalian-hitech,2023,plan,${PLAN},done,`, `dalian-hitech,2023,plan,${PLAN},done,`]);
    expect(readPlanStatus(extractions, repeated.dir)).toHaveLength(1);
  });

  it("rejects an unterminated quote at the line the row starts", () => {
    const {dir, name} = withStatus([
      `dalian-hitech,2023,plan,${PLAN},done,ok`,
      'dalian-hitech,2023,plan,"未闭合,done,',
    ]);
    expect(() => readPlanStatus(extractions, dir)).toThrow(`${name}:3: 引号没有闭合`);
  });
});
