import {existsSync, readFileSync, statSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {InputError} from "../extract/input-error.ts";
import {DEFAULT_CATALOGUE, type CatalogueIndex} from "../extract/catalogue-index.ts";
import {extractReport, MAX_REPORT_BYTES, tooLarge, type Extraction} from "../extract/report.ts";
import {compareText} from "../io/compare.ts";
import {listFiles} from "../io/list-files.ts";

/**
 * The data folder: the project's `data/`, wherever the loader is run from, or
 * the folder `FAZHI_DATA` names (the browser tests build a site from fixtures).
 */
export const DATA_DIR = process.env.FAZHI_DATA
  ? resolve(process.env.FAZHI_DATA)
  : fileURLToPath(new URL("../../data/", import.meta.url));

const BODY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A year from 1900 to 2099 (`0000.txt` names no year, and would be reported as the year 0), and an extension of a
 * format reports arrive in; what the file holds is decided by its content (see `src/formats/report-text.ts`).
 */
const YEAR = /^((?:19|20)\d\d)\.(?:txt|html?|docx?|pdf)$/i;

/** A report file and the body and year its path establishes: `data/reports/<body>/<year>.txt`. */
export interface ReportFile {
  path: string;
  body: string;
  year: number;
}

/**
 * Every report under `data/reports/`, sorted by body then year (code-unit
 * order, the same on every machine). Symbolic links are followed, as the
 * build's cache stamp follows them. A file whose path does not name a body
 * and a year, or a missing `data/reports/`, is an error naming it.
 */
export function listReports(dataDir = DATA_DIR): ReportFile[] {
  const root = join(dataDir, "reports");
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(
      `${relative(process.cwd(), root) || "."}: no reports folder (reports go in data/reports/<body>/<year>.txt)`,
    );
  }
  const files: ReportFile[] = [];
  // Dot files (.gitkeep, .DS_Store) and dot folders are not reports.
  for (const path of listFiles(root, (rel) => !rel.split(/[\\/]/).some((part) => part.startsWith(".")))) {
    const parts = relative(root, path).split(/[\\/]/);
    const year = parts.length === 2 ? YEAR.exec(parts[1]!) : null;
    if (!year || !BODY.test(parts[0]!)) {
      throw new InputError(
        `${relative(process.cwd(), path)}: a report must be data/reports/<body>/<year>.<txt|html|htm|docx|doc|pdf>, with <body> in lower-case letters, digits and hyphens and <year> from 1900 to 2099`,
      );
    }
    const twin = files.find((file) => file.body === parts[0] && file.year === Number(year[1]));
    if (twin) {
      throw new InputError(
        `${relative(process.cwd(), path)}: ${relative(process.cwd(), twin.path)} is the same body's report for the same year; keep one of them`,
      );
    }
    files.push({path, body: parts[0]!, year: Number(year[1])});
  }
  return files.sort((a, b) => compareText(a.body, b.body) || a.year - b.year);
}

/** Extracts every report; an unusable file is an error naming it. */
export function extractAll(
  dataDir = DATA_DIR,
  files = listReports(dataDir),
  catalogue: CatalogueIndex = DEFAULT_CATALOGUE,
): Extraction[] {
  return files.map(({path, body, year}) => {
    try {
      // Refused by its size before it is read, as `fazhi extract` does: a file of gigabytes would fill the memory first.
      const {size} = statSync(path);
      if (size > MAX_REPORT_BYTES) throw new InputError(tooLarge(size));
      return extractReport(readFileSync(path), {body, year}, {catalogue});
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${relative(process.cwd(), path)}: ${error.message}`);
      throw error;
    }
  });
}
