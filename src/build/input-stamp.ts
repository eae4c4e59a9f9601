import {createHash} from "node:crypto";
import {existsSync, statSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {listFiles} from "../io/list-files.ts";
import {ALLOW_FAILED_CHECKS} from "../corpus/allow-failed-checks.ts";

/**
 * Everything whose content decides the published tables (see `site-tables.ts`): the data (or
 * the fixtures `FAZHI_DATA` names), the loaders and the extractor's code, the
 * pages' text (which the search index holds), and the packages they run on
 * with their exact versions (the Arrow and Parquet writers are among them).
 */
export const LOADER_INPUTS = [
  process.env.FAZHI_DATA ?? "data",
  "loaders",
  "src",
  "docs",
  "package.json",
  "package-lock.json",
  "observablehq.config.ts",
];

/**
 * Settings the loaders read from the environment: a site built with failed
 * checks allowed must not be reused by a strict build of the same files.
 */
export const LOADER_SETTINGS = [ALLOW_FAILED_CHECKS];

/** What else changes the loaders' output: Node's ICU segments the search index's words. */
const RUNTIME = [`node=${process.versions.node}`, `icu=${process.versions.icu ?? ""}`];

/** Generated and cached files under the inputs, which change with every build: the tables are what the digest is of. */
const IGNORED = /(^|[\\/])(\.observablehq|_fazhi)([\\/]|$)|^data[\\/]tables([\\/]|$)/;

/**
 * A digest of every file's path and content under the given folders (or of
 * the given files), following symbolic links as the loaders do. A link to
 * nothing is an error, never skipped.
 */
export async function digestFiles(paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path, (p) => !IGNORED.test(p)) : [path];
    for (const file of files) {
      hash
        .update(file)
        .update("\0")
        .update(await readFile(file))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

/** One digest of the loaders' inputs and settings (see `LOADER_INPUTS`, `LOADER_SETTINGS`). */
export async function inputDigest(
  inputs: readonly string[] = LOADER_INPUTS,
  settings: readonly string[] = currentSettings(),
): Promise<string> {
  return createHash("sha256")
    .update(inputs.join("\0"))
    .update("\0")
    .update(settings.join("\0"))
    .update(await digestFiles(inputs))
    .digest("hex");
}

/** The settings the loaders read, as they are now, and the runtime. */
export function currentSettings(): string[] {
  return [...LOADER_SETTINGS.map((name) => `${name}=${process.env[name] ?? ""}`), ...RUNTIME];
}
