import {basename, dirname} from "node:path";
import type {ReportId} from "../model/extraction.ts";

/**
 * A year a report can be for: four digits from 1900 to 2099. `0000` or
 * `9999` is a name, not a year (`Number("0000")` would make it the year 0,
 * and the file would be reported as `0.txt`).
 */
export const YEAR = /^(?:19|20)\d\d$/;

/**
 * The body and year a report's path gives: `reports/<body>/<year>.txt` (the
 * project's layout) or `<body>-<year>.txt`. Otherwise the body is the file's
 * name, and the year is left for the text to give.
 */
export function reportIdFromPath(path: string): ReportId {
  const name = basename(path).replace(/\.[^.]*$/, "");
  if (YEAR.test(name)) return {body: basename(dirname(path)), year: Number(name)};
  const suffixed = /^(.+?)[-_]((?:19|20)\d\d)$/.exec(name);
  if (suffixed) return {body: suffixed[1]!, year: Number(suffixed[2])};
  return {body: name, year: null};
}
