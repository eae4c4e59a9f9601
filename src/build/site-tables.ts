import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {siteFiles} from "../tables/site-files.ts";
import {currentSettings, inputDigest, LOADER_INPUTS} from "./input-stamp.ts";

/** Where the published tables are written, under the Framework root: pages attach them as `data/tables/<name>`. */
export const TABLES_FOLDER = join("data", "tables");

/** The digest of the inputs the files in the folder were written from. */
const STAMP = ".inputs.sha256";

/**
 * Writes every file the site publishes from the reports into `<root>/data/tables/` before Framework starts, when an
 * input (the data, the code, the pages, the packages, a setting such as allowing failed checks) changed since they
 * were written; returns whether they were. Framework then copies them as any other file. As the output of a data
 * loader it looked each of the 141 files up again for every page that names it, globbing the folder for loaders by
 * every interpreter it knows: 11 of a seed build's 20 seconds.
 *
 * The stamp is removed before the first file is written and put back after the last, so files left by a build
 * stopped half-way are never taken as current; each file is written under another name and renamed. Bad input is
 * an `InputError`, and the files already there stay as they were.
 */
export async function writeSiteTables(
  root: string,
  inputs: readonly string[] = LOADER_INPUTS,
  settings: readonly string[] = currentSettings(),
  files: () => Record<string, Uint8Array | string> = () => siteFiles(),
): Promise<boolean> {
  const folder = join(root, TABLES_FOLDER);
  const stamp = join(folder, STAMP);
  const digest = await inputDigest(inputs, settings);
  if ((await readFile(stamp, "utf8").catch(() => "")) === digest) return false;
  const written = files();
  await rm(stamp, {force: true});
  await mkdir(folder, {recursive: true});
  for (const [name, content] of Object.entries(written)) {
    // A table whose bytes are the same keeps its file and time: the site's reference to it stays as it was.
    if (await sameBytes(join(folder, name), content)) continue;
    const temp = join(folder, `.${name}.${process.pid}`);
    await writeFile(temp, content);
    await rename(temp, join(folder, name));
  }
  // A file no longer published (or one a stopped build left half-written) must not be served.
  for (const name of await readdir(folder)) {
    if (name !== STAMP && !Object.hasOwn(written, name)) await rm(join(folder, name), {force: true});
  }
  await writeFile(stamp, digest);
  return true;
}

async function sameBytes(path: string, content: Uint8Array | string): Promise<boolean> {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  return (
    size === bytes.byteLength &&
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(await readFile(path))
  );
}
