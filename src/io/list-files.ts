import {readdirSync, realpathSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {InputError} from "../extract/input-error.ts";
import {compareText} from "./compare.ts";
import {fileErrorReason} from "./file-error.ts";

/**
 * Every regular file under `dir`, as paths joined onto `dir`, in code-unit
 * order. Symbolic links are followed — a `data/reports/` that links to a
 * shared folder, or a report that links to the file as received — so the
 * build's cache stamp and the loaders see the same files, and a linked
 * report is read like any other. A link to nothing, or one that leads back
 * into a folder it is in, is an error naming it: skipping it would publish
 * the site without that report.
 *
 * `include` is asked about each entry's path relative to `dir` (a folder's
 * with a trailing `/`); what it declines is neither listed nor entered.
 */
export function listFiles(dir: string, include: (path: string) => boolean = () => true): string[] {
  const files: string[] = [];
  walk(dir, dir, new Set([realpathSync(dir)]), include, files);
  return files.sort(compareText);
}

function walk(root: string, dir: string, ancestors: Set<string>, include: (path: string) => boolean, out: string[]) {
  let found;
  try {
    found = readdirSync(dir, {withFileTypes: true});
  } catch (error) {
    const reason = fileErrorReason(error);
    if (reason === undefined) throw error;
    throw new InputError(`${relative(process.cwd(), dir)}: ${reason}`);
  }
  const entries = found.sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const rel = relative(root, path);
    // Only a link needs a stat to say what it leads to: at 30,000 reports, a stat of every file took seconds.
    let stats: {isDirectory(): boolean; isFile(): boolean} = entry;
    if (entry.isSymbolicLink()) {
      try {
        stats = statSync(path);
      } catch {
        if (!include(rel)) continue;
        throw new InputError(
          `${relative(process.cwd(), path)}: 符号链接指向的文件或文件夹不存在，请删除或修正这个链接`,
        );
      }
    }
    if (stats.isDirectory()) {
      if (!include(`${rel}/`)) continue;
      const real = realpathSync(path);
      if (ancestors.has(real))
        throw new InputError(`${relative(process.cwd(), path)}: 符号链接指回它所在的文件夹，请删除这个链接`);
      walk(root, path, new Set([...ancestors, real]), include, out);
    } else if (stats.isFile() && include(rel)) out.push(path);
  }
}
