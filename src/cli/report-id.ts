import {basename, dirname} from "node:path";
import type {ReportId} from "../extract/report.ts";

/**
 * The body and year a report's path gives: `reports/<body>/<year>.txt` (the
 * project's layout) or `<body>-<year>.txt`. Otherwise the body is the file's
 * name, and the year is left for the text to give.
 */
export function reportIdFromPath(path: string): ReportId {
  const name = basename(path).replace(/\.[^.]*$/, "");
  if (/^\d{4}$/.test(name)) return {body: basename(dirname(path)), year: Number(name)};
  const suffixed = /^(.+?)[-_](\d{4})$/.exec(name);
  if (suffixed) return {body: suffixed[1]!, year: Number(suffixed[2])};
  return {body: name, year: null};
}
