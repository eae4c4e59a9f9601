import {ALLOW_FAILED_CHECKS, failedChecksAllowed} from "./allow-failed-checks.ts";
import {MAX_MESSAGE, oneLineFragment} from "../extract/check-line.ts";
import type {Check} from "../model/check.ts";
import {InputError} from "../extract/input-error.ts";
import type {Extraction} from "../model/extraction.ts";
import {checkName} from "../model/check-names.ts";
import {reportFilePaths} from "./report-file.ts";

/** Reports whose figures disagree with each other: one line for each failed check. */
export class FailedChecksError extends InputError {
  override name = "FailedChecksError";
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

/**
 * A failed check is an error: the report's figures disagree, and a page would
 * publish a wrong number. So the build stops, naming each report file, check
 * and place in the text, unless the switch says to publish anyway; then the
 * same lines are printed and the pages show the failures.
 */
export function enforceChecks(
  extractions: readonly Extraction[],
  dataDir: string,
  allowed = failedChecksAllowed(),
  print: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): void {
  const lines = failedCheckLines(extractions, dataDir);
  if (lines.length === 0) return;
  if (!allowed)
    throw new FailedChecksError([
      ...lines,
      `共 ${lines.length} 项核对不通过：请对照报告原文改正；若要照常发布（页面上标出不通过的核对），运行 fazhi build --allow-failed-checks 或设置 ${ALLOW_FAILED_CHECKS}=1`,
    ]);
  for (const line of lines) print(line);
  print(`共 ${lines.length} 项核对不通过，已照常发布并在页面上标出（设置了 ${ALLOW_FAILED_CHECKS}）`);
}

/** `<file>: 核对不通过：<name>（<id>），原文第 <start>–<end> 字“<fragment>”：<message>`, one per failed check. */
export function failedCheckLines(extractions: readonly Extraction[], dataDir: string): string[] {
  const fileOf = reportFilePaths(dataDir);
  return extractions.flatMap(({report, checks}) => {
    const failed = checks.filter((c) => c.status === "fail");
    if (failed.length === 0) return [];
    const file = fileOf(report.body, report.year);
    return failed.map((c) => `${file}: ${failedCheck(c)}`);
  });
}

function failedCheck(check: Check): string {
  const where = check.location
    ? `，原文第 ${check.location.start}–${check.location.end} 字“${oneLineFragment(check.location.raw)}”`
    : "";
  return `核对不通过：${checkName(check.id)}（${check.id}）${where}：${oneLineFragment(check.message, MAX_MESSAGE)}`;
}
