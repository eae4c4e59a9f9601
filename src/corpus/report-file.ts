import {existsSync, readdirSync} from "node:fs";
import {isAbsolute, join, relative} from "node:path";

/**
 * The file a body's report for a year was read from, whichever format it came
 * in (one per year, as `listReports` requires), as a user would type it:
 * relative to the working folder when inside it.
 */
export function reportFilePath(dataDir: string, body: string, year: number | null): string {
  const folder = join(dataDir, "reports", body);
  const name = existsSync(folder) ? readdirSync(folder).find((file) => file.startsWith(`${year}.`)) : undefined;
  return displayPath(join(folder, name ?? `${year}.txt`));
}

/** A path relative to the working folder when inside it, else as given. */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
