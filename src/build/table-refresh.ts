import {createHash} from "node:crypto";
import {copyFile, link, mkdir, readFile, stat, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {basename, dirname, join, resolve, sep} from "node:path";
import {localModuleHash} from "./module-hash.ts";
import {isSiteText, siteFiles, type SiteRecord} from "./site-record.ts";
import {TABLES_FOLDER} from "./site-tables.ts";

/**
 * A build after only reports changed: the pages, the library and everything
 * else Framework reads are as they were at the last build (`siteDigest`), so
 * Framework would write the same site again but for the tables. Running it
 * costs some five seconds whatever changed (parsing the library's half
 * megabyte twice, rendering every page); instead the new tables are
 * published under the names Framework gives them (the first 8 hex digits of
 * their SHA-256), and the pages and the module that name them are pointed
 * at them — the reference's path, time and size, as Framework writes it, and
 * the module's own name, which Framework derives from the tables it names
 * (worked out as Framework does, `module-hash.ts`, or asked of Framework for
 * a module that reading does not cover). The result is the site Framework would have
 * built, byte for byte (`test/cli/build-test.ts` builds both ways and
 * compares). Anything this does not cover is a reason to run Framework.
 */

/** Framework's reference to a published table, in a page's `registerFile` or a module's `FileAttachment`. */
const REFERENCE = new RegExp(
  `"path":"((?:\\.\\.?/)*)_file/${TABLES_FOLDER.split(sep).join("/")}/([^"/]+?)\\.([0-9a-f]{8})(\\.[^"./]+)","lastModified":(\\d+),"size":(\\d+)`,
  "g",
);

/** A table as a reference names it, or as it is now. */
interface TableState {
  hash: string;
  lastModified: number;
  size: number;
}

/** The tables published anew (none: the site is current, and nothing was written), or why Framework must build. */
export type Refresh = {refreshed: string[]} | {reason: string};

/**
 * Writes into `staging` the site in `output` with its tables replaced by
 * those now in `<root>/data/tables/`, or says why Framework must build it
 * (the caller then does). `moduleHash` is Framework's name for a local module.
 */
export async function refreshTables(
  root: string,
  output: string,
  staging: string,
  record: SiteRecord | null,
  site: string,
  moduleHash: (root: string, path: string) => Promise<string> = moduleHashOf,
): Promise<Refresh> {
  if (!record) return {reason: "没有上次构建的记录"};
  if (record.output !== resolve(output)) return {reason: "上次构建到了另一个文件夹"};
  if (record.site !== site) return {reason: "页面、组件或配置变了"};
  const files = existsSync(output) ? siteFiles(output) : [];
  if (files.join("\n") !== record.files.join("\n")) return {reason: "网站文件夹与上次构建的记录不符"};
  const texts = new Map<string, string>();
  for (const path of files.filter(isSiteText)) {
    const text = await readFile(join(output, path), "utf8");
    if (sha256(text) !== record.texts[path]) return {reason: `${path} 与上次构建的记录不符`};
    texts.set(path, text);
  }

  // What the site names now, and what the tables are.
  const named = new Map<string, TableState>();
  for (const text of texts.values()) {
    for (const [, , base, hash, ext, lastModified, size] of text.matchAll(REFERENCE)) {
      const state = {hash: hash!, lastModified: Number(lastModified), size: Number(size)};
      const before = named.get(base + ext!);
      if (before && !sameState(before, state)) return {reason: `${base}${ext} 在两处的引用不一致`};
      named.set(base + ext!, state);
    }
  }
  const changed = new Map<string, TableState>();
  for (const [name, state] of named) {
    const now = await tableState(join(root, TABLES_FOLDER, name));
    if (!now) return {reason: `${name} 已不再生成`};
    if (!sameState(state, now)) changed.set(name, now);
  }
  if (changed.size === 0) return {refreshed: []};

  // Modules whose references change are renamed, and so are the references to them.
  const renamed = new Map<string, string>();
  for (const [path, text] of texts) {
    if (!path.startsWith("_import/") || !namesAny(text, changed)) continue;
    const match = /^_import(\/.*)\.[0-9a-f]{8}\.js$/.exec(path);
    if (!match) return {reason: `${path} 的名字不是预期的样子`};
    const hash = (await moduleHash(root, `${match[1]}.js`)).slice(0, 8);
    renamed.set(path, `_import${match[1]}.${hash}.js`);
  }
  // A module is named by its file name wherever it is imported; a module importing a renamed one would be renamed too.
  const names = [...renamed].map(([from, to]) => [basename(from), basename(to)] as const);
  for (const [path, text] of texts) {
    if (!path.startsWith("_import/") || renamed.has(path)) continue;
    if (names.some(([from]) => text.includes(from))) return {reason: `${path} 引用了改名的模块`};
  }

  const stale = new Set([...changed].map(([name]) => publishedName(name, named.get(name)!.hash)));
  await mkdir(staging, {recursive: true});
  for (const path of files) {
    const target = join(staging, renamed.get(path) ?? path);
    await mkdir(dirname(target), {recursive: true});
    const text = texts.get(path);
    if (text !== undefined) await writeFile(target, rewrite(text, changed, names));
    else if (!stale.has(path)) await linkOrCopy(join(output, path), target);
  }
  for (const [name, state] of changed) {
    await copyFile(join(root, TABLES_FOLDER, name), join(staging, publishedName(name, state.hash)));
  }
  return {refreshed: [...changed.keys()]};
}

/** Where Framework publishes a table: `_file/data/tables/facts.1a2b3c4d.arrow`. */
function publishedName(name: string, hash: string): string {
  const dot = name.lastIndexOf(".");
  return `_file/${TABLES_FOLDER.split(sep).join("/")}/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

function rewrite(
  text: string,
  changed: Map<string, TableState>,
  renamed: readonly (readonly [string, string])[],
): string {
  let result = text.replace(REFERENCE, (reference, prefix: string, base: string, _hash, ext: string) => {
    const now = changed.get(base + ext);
    if (!now) return reference;
    return `"path":"${prefix}${publishedName(base + ext, now.hash)}","lastModified":${now.lastModified},"size":${now.size}`;
  });
  for (const [from, to] of renamed) result = result.split(from).join(to);
  return result;
}

function namesAny(text: string, changed: Map<string, TableState>): boolean {
  for (const [, , base, , ext] of text.matchAll(REFERENCE)) if (changed.has(base + ext!)) return true;
  return false;
}

/** A table as Framework would name it: its hash, its time to the millisecond below, its size. */
async function tableState(path: string): Promise<TableState | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return {hash: sha256(await readFile(path)).slice(0, 8), lastModified: Math.floor(info.mtimeMs), size: info.size};
}

function sameState(a: TableState, b: TableState): boolean {
  return a.hash === b.hash && a.lastModified === b.lastModified && a.size === b.size;
}

function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** A file unchanged since the last build is linked, not copied (DuckDB's 34 MB among them); a copy where links fail. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** A local module's hash as Framework's build gives it: worked out where it can be, else asked of Framework. */
async function moduleHashOf(root: string, path: string): Promise<string> {
  return localModuleHash(root, path) ?? (await frameworkModuleHash(root, path));
}

/**
 * A local module's hash as Framework's build gives it (`LoaderResolver.getLocalModuleHash`): the module's source,
 * the hashes and times of the files it names, its imports. Asked of the installed Framework, so the names agree.
 */
export async function frameworkModuleHash(root: string, path: string): Promise<string> {
  const {LoaderResolver} = await import("@observablehq/framework/dist/loader.js");
  return new LoaderResolver({root}).getLocalModuleHash(path);
}
