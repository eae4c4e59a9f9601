import {isAbsolute, join, relative} from "node:path";
import type {Check} from "../src/extract/checks.ts";
import type {Extraction} from "../src/extract/report.ts";

const OUTCOMES: readonly [Check["status"], string][] = [
  ["pass", "通过"],
  ["warn", "提示"],
  ["fail", "不通过"],
  ["skip", "不适用"],
];

/**
 * What the build log says of each report it read, one line each: the file,
 * the figures read and the checks' outcomes, so that whoever publishes sees
 * which reports the site holds.
 * `读取 data/reports/dalian-hitech/2024.txt：数字 35 个；核对 通过 9 · 提示 1`
 */
export function readingLog(extractions: readonly Extraction[], dataDir: string): string[] {
  return extractions.map(({report, facts, checks}) => {
    const path = join(dataDir, "reports", report.body, `${report.year}.txt`);
    const inside = relative(process.cwd(), path);
    const file = inside.startsWith("..") || isAbsolute(inside) ? path : inside;
    const outcomes = OUTCOMES.map(
      ([status, label]) => [label, checks.filter((c) => c.status === status).length] as const,
    )
      .filter(([, count]) => count > 0)
      .map(([label, count]) => `${label} ${count}`);
    return `读取 ${file}：数字 ${facts.length} 个；核对 ${outcomes.join(" · ") || "无"}`;
  });
}
