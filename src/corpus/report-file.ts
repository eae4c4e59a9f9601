import {existsSync, readdirSync} from "node:fs";
import {isAbsolute, join, relative} from "node:path";

/**
 * The file a body's report for a year was read from, whichever format it came
 * in (one per year, as `listReports` requires), as a user would type it:
 * relative to the working folder when inside it. Each body's folder is listed
 * once, not once for each of its years: at 30,000 reports that took a second.
 */
export function reportFilePaths(dataDir: string): (body: string, year: number | null) => string {
  const listed = new Map<string, string[]>();
  return (body, year) => {
    const folder = join(dataDir, "reports", body);
    let names = listed.get(body);
    if (names === undefined) {
      names = existsSync(folder) ? readdirSync(folder) : [];
      listed.set(body, names);
    }
    const name = names.find((file) => file.startsWith(`${year}.`));
    return displayPath(join(folder, name ?? `${year}.txt`));
  };
}

/** A path relative to the working folder when inside it, else as given. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
