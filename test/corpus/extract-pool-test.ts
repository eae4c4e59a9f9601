import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {CHUNK, extractInPool, extractionThreads} from "../../src/corpus/extract-pool.ts";
import {extractFile} from "../../src/corpus/extract-file.ts";
import {listReports} from "../../src/corpus/reports.ts";
import {DEFAULT_CATALOGUE} from "../../src/extract/catalogue-index.ts";
import {METRICS} from "../../src/model/catalogue.ts";

/** `bodies` × 10 short reports, each with its own figures; `empty` names reports left empty ("b03/2019"). */
function corpus(bodies: number, empty: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-pool-"));
  for (let b = 0; b < bodies; b++) {
    const body = `b${String(b).padStart(2, "0")}`;
    for (let year = 2015; year < 2025; year++) {
      const n = b * 10 + year - 2014;
      const text = empty.includes(`${body}/${year}`)
        ? ""
        : `（虚构测试文本）\n${year}年，全区梳理权责事项${1000 + n}项，其中行政处罚${200 + n}项、行政许可${n}项。` +
          `全年收到行政复议申请${n}件，审结${n - 1}件。组织学法${n % 40}次，“八五”普法宣讲${n}场。\n` +
          `存在的不足：一是执法能力还需提高；二是宣传还需加强。\n某某区人民政府\n${year + 1}年3月1日`;
      mkdirSync(join(dir, "reports", body), {recursive: true});
      writeFileSync(join(dir, "reports", body, `${year}.txt`), text);
    }
  }
  return dir;
}

describe("extractInPool", () => {
  it("gives what one thread gives, in the files' order, on two and three threads, and from the workers alone", () => {
    const files = listReports(corpus(14));
    expect(files.length).toBeGreaterThan(4 * CHUNK);
    const kinds = new Map([["b01", "city"]]);
    const one = files.map((file) => extractFile(file, DEFAULT_CATALOGUE, kinds.get(file.body)));
    for (const [threads, mainReads] of [
      [2, true],
      [3, true],
      [2, false],
    ] as const) {
      const pooled = extractInPool(files, METRICS, kinds, threads, {mainReads});
      expect(pooled.map((e) => JSON.stringify(e))).toEqual(one.map((e) => JSON.stringify(e)));
    }
  });

  it("names the first bad file in the files' order, whichever thread read it", () => {
    const files = listReports(corpus(14, ["b04/2018", "b12/2020"]));
    for (const mainReads of [true, false]) {
      expect(() => extractInPool(files, METRICS, new Map(), 2, {mainReads})).toThrow(/b04[/\\]2018\.txt: 文件是空的$/);
    }
  });
});

describe("extractionThreads", () => {
  afterEach(() => vi.unstubAllEnvs());
  const files = (n: number) => Array.from({length: n}, (_, i) => ({path: `${i}.txt`, body: "b", year: 2000 + i}));

  it("reads a few reports on one thread and many on every core, unless FAZHI_THREADS says", () => {
    vi.stubEnv("FAZHI_THREADS", "");
    expect(extractionThreads(files(10))).toBe(1);
    expect(extractionThreads(files(1000))).toBeGreaterThanOrEqual(1);
    vi.stubEnv("FAZHI_THREADS", "3");
    expect(extractionThreads(files(10))).toBe(3);
  });

  it.each(["0", "abc", "2.5", "-1"])("refuses FAZHI_THREADS=%s in one line", (value) => {
    vi.stubEnv("FAZHI_THREADS", value);
    expect(() => extractionThreads(files(10))).toThrow(
      `FAZHI_THREADS 应为读取报告的线程数（1–9999 的整数），而不是“${value}”`,
    );
  });
});
