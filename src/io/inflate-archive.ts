import {mkdirSync, renameSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {unzipSync} from "fflate";

/**
 * Writes every file of a zip archive into `dir`, each under a temporary name
 * first and then renamed, so that a build stopped half-way leaves whole files
 * or none. Returns the names written.
 */
export function inflateArchive(archive: Uint8Array, dir: string): string[] {
  const files = unzipSync(archive, {filter: (file) => !file.name.endsWith("/")});
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), {recursive: true});
    const temp = `${path}.inflating-${process.pid}`;
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  }
  return Object.keys(files);
}
