import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {ALLOW_FAILED_CHECKS} from "./allow-failed-checks.ts";

/** Folders whose files decide what the data loaders write: the data (or the fixtures `FAZHI_DATA` names), the code, and the pages' text, which the search index holds. */
export const LOADER_INPUTS = [process.env.FAZHI_DATA ?? "data", "loaders", "src", "docs"];

/**
 * Settings the loaders read from the environment: a site built with failed
 * checks allowed must not be reused by a strict build of the same files.
 */
export const LOADER_SETTINGS = [ALLOW_FAILED_CHECKS];

/** Generated and cached files under the inputs, which change with every build. */
const IGNORED = /(^|[\\/])(\.observablehq|_fazhi)([\\/]|$)/;

/** A digest of every file's path and content under the given folders. */
export async function digestFiles(dirs: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const files = (await readdir(dir, {recursive: true, withFileTypes: true})).filter((e) => e.isFile());
    for (const path of files
      .map((e) => join(e.parentPath, e.name))
      .filter((p) => !IGNORED.test(p))
      .sort()) {
      hash
        .update(path)
        .update("\0")
        .update(await readFile(path))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

/**
 * Framework reuses a loader's cached output while the loader file itself is
 * unchanged, even when a report it reads was added or edited. The loaders
 * read `data/` through `loaders/` and `src/`, so when any of those changed,
 * the cached outputs are dropped and every loader runs again; so they are
 * when a setting the loaders read changed.
 * Returns whether the cache was dropped.
 */
export async function invalidateLoaderCache(
  root: string,
  inputs = LOADER_INPUTS,
  settings = LOADER_SETTINGS.map((name) => `${name}=${process.env[name] ?? ""}`),
): Promise<boolean> {
  const cache = join(root, ".observablehq", "cache");
  const stampPath = join(cache, "fazhi-inputs.sha256");
  const digest = createHash("sha256")
    .update(inputs.join("\0"))
    .update("\0")
    .update(settings.join("\0"))
    .update(await digestFiles(inputs))
    .digest("hex");
  const previous = await readFile(stampPath, "utf8").catch(() => "");
  if (previous === digest) return false;
  await rm(join(cache, "data"), {recursive: true, force: true});
  await mkdir(cache, {recursive: true});
  await writeFile(stampPath, digest);
  return true;
}
