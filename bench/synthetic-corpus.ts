import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {POWER_CATEGORIES} from "../src/model/categories.ts";
import {SYNTHETIC_LABEL} from "./synthetic-text.ts";

/** A data folder of invented reports, for benchmarks only: every text and every body name says it is synthetic. */
export interface SyntheticCorpus {
  dir: string;
  bodies: number;
  years: number;
  reports: number;
  bytes: number;
}

/**
 * Writes `bodies` × `years` synthetic reports in the layout of `data/`
 * (reports, bodies.csv, plan-status.csv, the reference figures), each a short
 * report in the seed's phrasing with varied figures. Deterministic; reused when
 * the folder already holds the same corpus.
 */
export function writeSyntheticCorpus(dir: string, bodies = 3000, years = 10, firstYear = 2015): SyntheticCorpus {
  const stamp = join(dir, "corpus.json");
  const wanted = JSON.stringify({bodies, years, firstYear, version: 2});
  if (existsSync(stamp) && readFileSync(stamp, "utf8").startsWith(wanted))
    return JSON.parse(readFileSync(stamp, "utf8").slice(wanted.length));
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(join(dir, "reference"), {recursive: true});
  copyFileSync("data/reference/reference-figures.csv", join(dir, "reference", "reference-figures.csv"));
  writeFileSync(join(dir, "plan-status.csv"), "body,year,kind,item,status,note\n");
  const random = prng(42);
  const kinds = ["district", "county", "city", "national-hitech-zone"];
  const rows = ["id,name_zh,name_en,kind,province,city,government"];
  let bytes = 0;
  for (let b = 1; b <= bodies; b++) {
    const id = `syn-${String(b).padStart(4, "0")}`;
    rows.push(`${id},合成单位${b}（合成测试）,Synthetic body ${b},${kinds[b % kinds.length]},合成省,合成市,`);
    mkdirSync(join(dir, "reports", id), {recursive: true});
    for (let y = firstYear; y < firstYear + years; y++) {
      const text = syntheticReport(y, random);
      writeFileSync(join(dir, "reports", id, `${y}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
  }
  writeFileSync(join(dir, "bodies.csv"), rows.join("\n") + "\n");
  const corpus = {dir, bodies, years, reports: bodies * years, bytes};
  writeFileSync(stamp, wanted + JSON.stringify(corpus));
  return corpus;
}

function syntheticReport(year: number, random: () => number): string {
  const n = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const counts = POWER_CATEGORIES.map(() => n(1, 400));
  const subitems = counts.reduce((a, b) => a + b, 0);
  const categories = POWER_CATEGORIES.map((c, i) => `${c}${counts[i]}项`).join("、");
  return `${SYNTHETIC_LABEL}
${year}年,本单位深入学习贯彻习近平法治思想,持续推进法治政府建设。
一、主要工作举措和成效
(一)深入学习贯彻习近平法治思想
全区各级${n(5, 40)}个党委(党组)理论学习中心组学习习近平法治思想近${n(10, 60)}次。
(二)持续推进依法行政
共梳理权力事项${n(500, 2000)}(子项${subitems})项,包括${categories}。
积极开展提升行政执法质量三年行动,对${n(3, 9)}大项${n(10, 30)}小项${n(31, 90)}项具体措施进行任务分工;列入涉企检查事项${n(10, 60)}项。
(三)加速推进政府职能转变
惠及辖区近${n(100, 900)}家企业,重点服务企业占到全部登记注册市场主体${n(30, 90)}%以上。
${random() < 0.7 ? `二、存在的不足和原因\n一是执法人员能力水平还需提高;二是基层法治力量相对薄弱。\n` : ""}${
    random() < 0.6
      ? `三、主要负责人履行推进法治建设第一责任人职责情况\n主要负责同志认真履行推进法治建设第一责任人职责,年底述法。\n`
      : ""
  }四、${year + 1}年工作打算
${year + 1}年,本单位将持续推进提升行政执法质量三年行动;持续加强公平竞争审查力度;增强风险防范意识。
合成单位（合成测试）
${year + 1}年${n(1, 4)}月${n(1, 28)}日
`;
}

function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}
