import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readFile, rename, writeFile} from "node:fs/promises";
import {dirname, join, relative, resolve, sep} from "node:path";
import {listFiles} from "../io/list-files.ts";
import {BENCHMARK_PAGES} from "./benchmark-pages.ts";
import {digestFiles} from "./input-stamp.ts";
import {TABLES_FOLDER} from "./site-tables.ts";

/**
 * What the last build published, so that the next build can tell whether
 * only the reports' tables changed since (see `table-refresh.ts`): the
 * digest of everything else Framework reads, the folder it went to, and a
 * digest of each page and module there, the files a refresh rewrites.
 */
export interface SiteRecord {
  site: string;
  output: string;
  files: string[];
  texts: Record<string, string>;
}

/** In Framework's cache folder: `npm run clean` removes it, and with it the record (the next build runs Framework). */
export function siteRecordPath(root: string): string {
  return join(root, ".observablehq", "cache", "fazhi-site.json");
}

/** The pages and local modules of a built site, the files that name the tables: `*.html` and `_import/**.js`. */
export function isSiteText(path: string): boolean {
  return path.endsWith(".html") || (path.startsWith("_import/") && path.endsWith(".js"));
}

/**
 * A digest of everything but the tables that decides what Framework builds:
 * the pages and the library's bundle under the root, the configuration and
 * the build code it imports, the packages' exact versions, Framework's
 * options and whether the benchmark pages are kept.
 */
export async function siteDigest(root: string, args: readonly string[], env = process.env): Promise<string> {
  const skipped = [".observablehq", TABLES_FOLDER].map((folder) => `${folder.split(sep).join("/")}/`);
  const pages = listFiles(root, (path) => !skipped.includes(path.split(sep).join("/")));
  return createHash("sha256")
    .update(JSON.stringify({args, benchmarkPages: env[BENCHMARK_PAGES] ?? ""}))
    .update(await digestFiles([...pages, "observablehq.config.ts", "src/build", "package-lock.json"]))
    .digest("hex");
}

/** Every file of a built site, by path relative to it with `/` between folders, in order. */
export function siteFiles(output: string): string[] {
  return listFiles(output).map((file) => relative(output, file).split(sep).join("/"));
}

/** The digest of each page and module of a built site. */
async function siteTexts(output: string, files: readonly string[]): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const path of files.filter(isSiteText)) {
    texts[path] = createHash("sha256")
      .update(await readFile(join(output, path)))
      .digest("hex");
  }
  return texts;
}

/** The record of the last build, or null when there is none or it cannot be read. */
export async function readSiteRecord(root: string): Promise<SiteRecord | null> {
  const path = siteRecordPath(root);
  if (!existsSync(path)) return null;
  try {
    const record = JSON.parse(await readFile(path, "utf8")) as SiteRecord;
    const whole = typeof record.site === "string" && typeof record.output === "string";
    return whole && Array.isArray(record.files) && typeof record.texts === "object" ? record : null;
  } catch {
    return null;
  }
}

/** Records a site just put in place; written under another name and renamed, as the tables are. */
export async function writeSiteRecord(root: string, output: string, site: string): Promise<void> {
  const path = siteRecordPath(root);
  const files = siteFiles(output);
  const record: SiteRecord = {site, output: resolve(output), files, texts: await siteTexts(output, files)};
  await mkdir(dirname(path), {recursive: true});
  await writeFile(`${path}.${process.pid}`, JSON.stringify(record));
  await rename(`${path}.${process.pid}`, path);
}
