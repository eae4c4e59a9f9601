import {readdirSync, readFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {InputError} from "../src/extract/input-error.ts";
import {DEFAULT_CATALOGUE, type CatalogueIndex} from "../src/extract/catalogue-index.ts";
import {extractReport, type Extraction} from "../src/extract/report.ts";

/**
 * The data folder: the project's `data/`, wherever the loader is run from, or
 * the folder `FAZHI_DATA` names (the browser tests build a site from fixtures).
 */
export const DATA_DIR = process.env.FAZHI_DATA
  ? resolve(process.env.FAZHI_DATA)
  : fileURLToPath(new URL("../data/", import.meta.url));

const BODY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^(\d{4})\.txt$/;

/** A report file and the body and year its path establishes: `data/reports/<body>/<year>.txt`. */
export interface ReportFile {
  path: string;
  body: string;
  year: number;
}

/** Every report under `data/reports/`, sorted by body then year. A file whose path does not name a body and a year is an error naming it. */
export function listReports(dataDir = DATA_DIR): ReportFile[] {
  const root = join(dataDir, "reports");
  const files: ReportFile[] = [];
  for (const entry of readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const path = join(entry.parentPath, entry.name);
    const parts = relative(root, path).split(/[\\/]/);
    const year = parts.length === 2 ? YEAR.exec(parts[1]!) : null;
    if (!year || !BODY.test(parts[0]!)) {
      throw new InputError(
        `${relative(process.cwd(), path)}: a report must be data/reports/<body>/<year>.txt, with <body> in lower-case letters, digits and hyphens`,
      );
    }
    files.push({path, body: parts[0]!, year: Number(year[1])});
  }
  return files.sort((a, b) => a.body.localeCompare(b.body) || a.year - b.year);
}

/** Extracts every report; an unusable file is an error naming it. */
export function extractAll(dataDir = DATA_DIR, catalogue: CatalogueIndex = DEFAULT_CATALOGUE): Extraction[] {
  return listReports(dataDir).map(({path, body, year}) => {
    try {
      return extractReport(readFileSync(path), {body, year}, {catalogue});
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${relative(process.cwd(), path)}: ${error.message}`);
      throw error;
    }
  });
}
