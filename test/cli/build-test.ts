import {spawn, spawnSync} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {afterAll, describe, expect, it} from "vitest";
import {siteRecordPath} from "../../src/build/site-record.ts";

/** Every file of a site, by path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
  return new Map(entries.map((e) => join(e.parentPath, e.name)).map((p) => [relative(dir, p), readFileSync(p)]));
}

/** The same files with the same bytes, compared with `equals`: a deep equality of DuckDB's 34 MB WebAssembly runs out of memory. */
function expectSame(after: Map<string, Buffer>, before: Map<string, Buffer>) {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
}

/**
 * `fazhi build` on a data folder whose one report's categories do not sum:
 * strict by default, published with the switch, and the same bytes from
 * two builds. Three builds of a small site, about ten seconds each.
 */
describe("fazhi build with a report that fails a check", {timeout: 900_000}, () => {
  const scratch = mkdtempSync(join(tmpdir(), "fazhi-build-"));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  /** A data folder of one body whose report fails power_list.category_sum. */
  function dataFolder(name: string): string {
    const dir = join(scratch, name);
    mkdirSync(join(dir, "reports", "bad-sum"), {recursive: true});
    cpSync("data/reference", join(dir, "reference"), {recursive: true});
    writeFileSync(
      join(dir, "bodies.csv"),
      "id,name_zh,name_en,kind,province,city,government\nbad-sum,核对失败示例（虚构）,Failing example (invented),district,测试省,测试市,\n",
    );
    writeFileSync(join(dir, "plan-status.csv"), "body,year,kind,item,status,note\n");
    cpSync("test/fixtures/bad/category-sum.txt", join(dir, "reports", "bad-sum", "2024.txt"));
    return dir;
  }

  function build(data: string, output: string, args: string[] = [], env: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, ["bin/fazhi.js", "build", ...args], {
      env: {...process.env, FAZHI_DATA: data, FAZHI_OUTPUT: output, FAZHI_ALLOW_FAILED_CHECKS: "", ...env},
      encoding: "utf8",
      timeout: 400_000,
    });
    return {status: result.status, stdout: result.stdout, stderr: result.stderr};
  }

  /** Every data file a build published, by path, as bytes. */
  function dataFiles(output: string): Map<string, Buffer> {
    const root = join(output, "_file", "data");
    const files = readdirSync(root, {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
    return new Map(
      files.map((e) => join(e.parentPath, e.name)).map((path) => [relative(root, path), readFileSync(path)] as const),
    );
  }

  const first = dataFolder("first");
  const second = dataFolder("second");
  const failure = (data: string) =>
    `${join(data, "reports", "bad-sum", "2024.txt")}: 核对不通过：权责清单各类合计与总数相符（power_list.category_sum），原文第 134–186 字` +
    "“权力事项120（子项200）项，包括行政许可60项、行政处罚110项、行政检查30项、其它行政权力10项”：" +
    "4类合计210项，与子项总数200项不符（多10项）\n";

  it("publishes with --allow-failed-checks, the failure and its place in the published checks", () => {
    const {status, stderr} = build(first, join(scratch, "out-flag"), ["--allow-failed-checks"]);
    expect(status, stderr).toBe(0);
    expect(stderr).toContain(failure(first));
    expect(stderr).toContain("共 1 项核对不通过，已照常发布并在页面上标出（设置了 FAZHI_ALLOW_FAILED_CHECKS）");
    const files = dataFiles(join(scratch, "out-flag"));
    const checks = [...files].find(([name]) => /^tables\/checks\.[0-9a-f]+\.arrow$/.test(name))![1];
    const failed = tableFromIPC(checks)
      .toArray()
      .map((row) => row.toJSON())
      .filter((row) => row.status === "fail");
    expect(failed).toEqual([
      expect.objectContaining({
        body: "bad-sum",
        id: "power_list.category_sum",
        message: "4类合计210项，与子项总数200项不符（多10项）",
        start: 134,
        end: 186,
      }),
    ]);
  });

  it("stops by default, printing the file, the check and where, one line per failure and no stack trace", () => {
    // The same data just published with the switch: the cached tables must not let a strict build through.
    const {status, stderr} = build(first, join(scratch, "out-strict"));
    expect(status).not.toBe(0);
    expect(stderr).toContain(failure(first));
    expect(stderr).toContain(
      "共 1 项核对不通过：请对照报告原文改正；若要照常发布（页面上标出不通过的核对），运行 fazhi build --allow-failed-checks 或设置 FAZHI_ALLOW_FAILED_CHECKS=1\n",
    );
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("publishes with FAZHI_ALLOW_FAILED_CHECKS=1, and two builds of the same data publish the same bytes", () => {
    // Another folder with the same files: its own cache stamp, so the data loader runs again rather than reusing its output.
    const {status, stderr} = build(second, join(scratch, "out-env"), [], {FAZHI_ALLOW_FAILED_CHECKS: "1"});
    expect(status, stderr).toBe(0);
    expect(stderr).toContain(failure(second));
    const before = dataFiles(join(scratch, "out-flag"));
    const after = dataFiles(join(scratch, "out-env"));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // 13 tables as Arrow and Parquet; the facts, the items and the reports with their texts each in 128 files by body;
    // 多年趋势's values in 16.
    expect([...after.keys()].filter((name) => name.endsWith(".arrow") || name.endsWith(".parquet"))).toHaveLength(426);
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
  });

  describe("a failed or interrupted build", () => {
    const data = dataFolder("swap");
    const output = join(scratch, "out-swap");

    /** Folders a build left beside the output. */
    const leftovers = () => readdirSync(scratch).filter((name) => name.startsWith("out-swap."));

    /** Starts a build and sends its whole process group `signal` after `ms`; resolves when it has ended. */
    function interrupted(ms: number, signal: NodeJS.Signals): Promise<number | null> {
      const child = spawn(process.execPath, ["bin/fazhi.js", "build", "--allow-failed-checks"], {
        env: {...process.env, FAZHI_DATA: data, FAZHI_OUTPUT: output, FAZHI_ALLOW_FAILED_CHECKS: ""},
        stdio: "ignore",
        detached: true,
      });
      return new Promise((resolve) => {
        const timer = setTimeout(() => process.kill(-child.pid!, signal), ms);
        child.on("exit", (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
    }

    let published: Map<string, Buffer>;

    it("a first build publishes a whole site", () => {
      const {status, stderr} = build(data, output, ["--allow-failed-checks"]);
      expect(status, stderr).toBe(0);
      published = snapshot(output);
      expect([...published.keys()].filter((name) => name.endsWith(".html")).length).toBeGreaterThan(10);
      expect(leftovers()).toEqual([]);
    });

    it("a build that fails (a report saved under the name it arrived with) says so in one Chinese line, and leaves the site byte for byte", () => {
      const arrived = join(data, "reports", "bad-sum", "青山区2023年法治政府建设年度报告.txt");
      writeFileSync(arrived, readFileSync(join(data, "reports", "bad-sum", "2024.txt")));
      const {status, stdout, stderr} = build(data, output, ["--allow-failed-checks"]);
      rmSync(arrived);
      expect(status).toBe(2);
      expect(stderr.trimEnd().split("\n").slice(-3)).toEqual([
        "构建未完成：输入文件有问题，改正后重新构建：",
        `${relative(process.cwd(), arrived)}: 报告文件须为 data/reports/<单位>/<年份>.<txt|html|htm|docx|doc|pdf>（<单位> 是 data/bodies.csv 中的单位编号，只用小写字母、数字和连字符；<年份> 为 1900–2099）：请改名为 ${relative(process.cwd(), join(data, "reports", "bad-sum", "2023.txt"))}`,
        `${output} 中上次发布的网站保持原样。`,
      ]);
      // Framework's own report of the failure, in English and asking to file an issue with it, is not shown.
      expect(stdout + stderr).not.toMatch(/file an issue|loader exited|Unexpected error/);
      expect(stderr).not.toMatch(/^\s+at /m);
      expectSame(snapshot(output), published);
      expect(leftovers()).toEqual([]);
    });

    // Stopped while the tables are written or the pages pointed at them (only a report changed), or while Framework runs.
    it.each([
      [300, "SIGKILL", "refresh"],
      [1200, "SIGINT", "refresh"],
      [2500, "SIGINT", "Framework"],
      [5000, "SIGKILL", "Framework"],
    ] as const)("a build stopped after %i ms by %s (%s) leaves the site byte for byte", async (ms, signal, kind) => {
      if (kind === "Framework") rmSync(siteRecordPath("docs"), {force: true});
      // Another report text, so that the build has new tables to write when it is stopped.
      const report = join(data, "reports", "bad-sum", "2024.txt");
      writeFileSync(report, readFileSync(report, "utf8").replace("3000余人次", `${3000 + ms}余人次`));
      const code = await interrupted(ms, signal);
      expect(code, "the build ended before it was stopped").not.toBe(0);
      expectSame(snapshot(output), published);
    });

    it("the next build clears what the stopped ones left and publishes the new data", () => {
      const {status, stderr} = build(data, output, ["--allow-failed-checks"]);
      expect(status, stderr).toBe(0);
      expect(leftovers()).toEqual([]);
      const now = snapshot(output);
      expect([...now.keys()].filter((name) => name.endsWith(".html")).sort()).toEqual(
        [...published.keys()].filter((name) => name.endsWith(".html")).sort(),
      );
      const tables = (files: Map<string, Buffer>) => [...files.keys()].filter((n) => n.endsWith(".arrow")).sort();
      expect(tables(now)).not.toEqual(tables(published));
    });
  });
});

/**
 * A rebuild after only a report changed publishes the new tables without running Framework, and the site it
 * leaves is the one Framework builds from the same files, byte for byte. Three builds of the seed site.
 */
describe("fazhi build after only a report changed", {timeout: 300_000}, () => {
  const scratch = mkdtempSync(join(tmpdir(), "fazhi-refresh-"));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));
  const [data, output] = [join(scratch, "data"), join(scratch, "dist")];
  cpSync("data", data, {recursive: true});

  function build() {
    const result = spawnSync(process.execPath, ["bin/fazhi.js", "build"], {
      env: {...process.env, FAZHI_DATA: data, FAZHI_OUTPUT: output, FAZHI_ALLOW_FAILED_CHECKS: ""},
      encoding: "utf8",
      timeout: 200_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }

  /** The published study sessions' figures, as the pages read them. */
  function studySessions(): string[] {
    const files = readdirSync(join(output, "_file", "data", "tables"));
    const facts = tableFromIPC(
      readFileSync(
        join(
          output,
          "_file",
          "data",
          "tables",
          files.find((f) => /^facts\.\w+\.arrow$/.test(f))!,
        ),
      ),
    );
    return facts
      .toArray()
      .filter((row) => row.metric === "study.sessions")
      .map((row) => `${row.raw} ${row.value}`);
  }

  it("publishes the changed figure, and the site Framework builds from the same files", () => {
    rmSync(siteRecordPath("docs"), {force: true});
    expect(build()).toContain("完整构建（没有上次构建的记录）");
    const before = studySessions();
    expect(before.filter((figure) => figure.endsWith("近40次 40"))).toHaveLength(1);

    const report = join(data, "reports", "dalian-hitech", "2024.txt");
    writeFileSync(report, readFileSync(report, "utf8").replaceAll("近40次", "近41次"));
    expect(build()).toContain("只有报告的数据变了");
    expect(studySessions()).toEqual(before.map((figure) => figure.replace(/近40次 40$/, "近41次 41")));
    const refreshed = snapshot(output);

    rmSync(siteRecordPath("docs"));
    expect(build()).toContain("完整构建（没有上次构建的记录）");
    const framework = snapshot(output);
    expectSame(refreshed, framework);

    expect(build()).toContain("已是最新");
    expectSame(snapshot(output), framework);
  });
});

describe("fazhi build with an analysts' phrase file", {timeout: 120_000}, () => {
  const scratch = mkdtempSync(join(tmpdir(), "fazhi-phrases-"));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  it("stops on a bad row, naming the file and the line, and keeps no stack trace", () => {
    const dir = join(scratch, "data");
    cpSync("test/fixtures/site", dir, {recursive: true});
    writeFileSync(join(dir, "metric-phrases.csv"), "metric,phrase,label,unit,area,note\nstudy.sessions,行政检查,,,,\n");
    const result = spawnSync(process.execPath, ["bin/fazhi.js", "build"], {
      env: {...process.env, FAZHI_DATA: dir, FAZHI_OUTPUT: join(scratch, "out"), FAZHI_ALLOW_FAILED_CHECKS: ""},
      encoding: "utf8",
      timeout: 110_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('metric-phrases.csv:2: phrase "行政检查" already names enforcement.inspections');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
