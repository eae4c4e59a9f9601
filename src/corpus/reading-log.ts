import type {Extraction} from "../model/extraction.ts";
import {CHECK_STATUS_LABELS, CHECK_STATUSES} from "../model/check-status.ts";
import {reportFilePaths} from "./report-file.ts";

/**
 * What the build log says of each report it read, one line each: the file,
 * the figures read and the checks' outcomes, so that whoever publishes sees
 * which reports the site holds.
 * `读取 data/reports/dalian-hitech/2024.txt：数字 35 个；核对 通过 9 · 提示 1`
 */
export function readingLog(extractions: readonly Extraction[], dataDir: string): string[] {
  const fileOf = reportFilePaths(dataDir);
  return extractions.map(({report, facts, checks}) => {
    const file = fileOf(report.body, report.year);
    const outcomes = CHECK_STATUSES.map(
      (status) => [CHECK_STATUS_LABELS[status], checks.filter((c) => c.status === status).length] as const,
    )
      .filter(([, count]) => count > 0)
      .map(([label, count]) => `${label} ${count}`);
    return `读取 ${file}：数字 ${facts.length} 个；核对 ${outcomes.join(" · ") || "无"}`;
  });
}
