import {existsSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {DATA_DIR} from "./data-dir.ts";
import {InputError} from "../extract/input-error.ts";
import {indexCatalogue} from "../extract/catalogue-index.ts";
import type {Extraction} from "../model/extraction.ts";
import {METRICS, type Metric} from "../model/catalogue.ts";
import {extractFile} from "./extract-file.ts";
import {extractInPool, extractionThreads} from "./extract-pool.ts";
import {compareText} from "../io/compare.ts";
import {listFiles} from "../io/list-files.ts";

export {DATA_DIR};

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
      `${relative(process.cwd(), root) || "."}: 没有报告文件夹：报告应放在 data/reports/<单位>/<年份>.txt`,
    );
  }
  const files: ReportFile[] = [];
  const seen = new Map<string, ReportFile>();
  for (const path of listFiles(root, (rel) => !rel.split(/[\\/]/).some(isNoReport))) {
    const parts = relative(root, path).split(/[\\/]/);
    const year = parts.length === 2 ? YEAR.exec(parts[1]!) : null;
    if (!year || !BODY.test(parts[0]!)) {
      throw new InputError(`${relative(process.cwd(), path)}: ${misplaced(root, parts)}`);
    }
    const file = {path, body: parts[0]!, year: Number(year[1])};
    const twin = seen.get(`${file.body}/${file.year}`);
    if (twin) {
      throw new InputError(
        `${relative(process.cwd(), path)}: 与 ${relative(process.cwd(), twin.path)} 是同一单位同一年份的报告，请只保留其中一份`,
      );
    }
    seen.set(`${file.body}/${file.year}`, file);
    files.push(file);
  }
  return files.sort((a, b) => compareText(a.body, b.body) || a.year - b.year);
}

/**
 * Why a file under `data/reports/` is not where a report goes, and how to
 * move it: the name it arrived with (`青山区2023年法治政府建设年度报告.txt`)
 * gets the path it needs, with the year read from that name when it has one.
 */
function misplaced(root: string, parts: readonly string[]): string {
  const rule =
    "报告文件须为 data/reports/<单位>/<年份>.<txt|html|htm|docx|doc|pdf>（<单位> 是 data/bodies.csv 中的单位编号，只用小写字母、数字和连字符；<年份> 为 1900–2099）";
  const name = parts[parts.length - 1]!;
  const extension = /\.(?:txt|html?|docx?|pdf)$/i.exec(name)?.[0].toLowerCase() ?? ".txt";
  const year = /(?:19|20)\d\d/.exec(name)?.[0] ?? "<年份>";
  const body = parts.length === 2 && BODY.test(parts[0]!) ? parts[0]! : "<单位>";
  const target = join(root, body, `${year}${extension}`);
  // A copy beside the report it copies (2023.txt.bak, 2023 - 副本.txt) must not be renamed onto it.
  if (existsSync(target))
    return `${rule}：${relative(process.cwd(), target)} 已存在，这个文件若是它的备份或副本，请移出 data/reports/`;
  return `${rule}：请改名为 ${relative(process.cwd(), target)}`;
}

/**
 * Files and folders that are never reports, and that people's tools leave beside them: dot files (.gitkeep,
 * .DS_Store), the lock files Word and WPS (~$2024.docx) and LibreOffice (.~lock.2024.docx#) keep while a report is
 * open, and Windows' thumbnail caches. Refusing these would stop a build while an analyst has the report open.
 */
function isNoReport(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || /^(?:thumbs\.db|desktop\.ini)$/i.test(name);
}

/**
 * Extracts every report, in the order of `files`; an unusable file is an error naming it. `kinds` gives each body's
 * kind, so that a figure a report quotes for a higher level (全市… in a district's report) is not read as the body's
 * own. Many reports are read on every core (see `extract-pool.ts`), with the same result as on one.
 */
export function extractAll(
  dataDir = DATA_DIR,
  files = listReports(dataDir),
  metrics: readonly Metric[] = METRICS,
  kinds: ReadonlyMap<string, string> = new Map(),
): Extraction[] {
  const threads = extractionThreads(files);
  if (threads > 1) return extractInPool(files, metrics, kinds, threads);
  const catalogue = indexCatalogue(metrics);
  return files.map((file) => extractFile(file, catalogue, kinds.get(file.body)));
}
