import {existsSync, readdirSync} from "node:fs";
import {isAbsolute, join, relative} from "node:path";
import {ALLOW_FAILED_CHECKS, failedChecksAllowed} from "./allow-failed-checks.ts";
import {checkLine} from "../extract/check-line.ts";
import {InputError} from "../extract/input-error.ts";
import type {Extraction} from "../extract/report.ts";

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
      `${lines.length} failed check(s): set ${ALLOW_FAILED_CHECKS}=1 (or run fazhi build --allow-failed-checks) to publish anyway`,
    ]);
  for (const line of lines) print(line);
  print(`${lines.length} failed check(s) published anyway, shown on the pages: ${ALLOW_FAILED_CHECKS} is set`);
}

/** `<file>: fail <check> at characters <start>–<end> “<fragment>”: <message>`, one per failed check. */
export function failedCheckLines(extractions: readonly Extraction[], dataDir: string): string[] {
  return extractions.flatMap(({report, checks}) => {
    const file = displayPath(reportFile(join(dataDir, "reports", report.body), report.year));
    return checks.filter((c) => c.status === "fail").map((c) => `${file}: ${checkLine(c)}`);
  });
}

/** The body's report file for a year, whichever format it came in (one per year, as `listReports` requires). */
function reportFile(folder: string, year: number | null): string {
  const name = existsSync(folder) ? readdirSync(folder).find((file) => file.startsWith(`${year}.`)) : undefined;
  return join(folder, name ?? `${year}.txt`);
}

/** A path as a user would type it: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
