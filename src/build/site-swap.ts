import {existsSync, readFileSync} from "node:fs";
import {readdir, readFile, rename, rm} from "node:fs/promises";
import {basename, dirname, join} from "node:path";

/**
 * A build writes the new site into a folder beside the published one and
 * puts it in place only once it is whole: Framework succeeded, every page
 * carries its Content-Security-Policy with the hashes of its scripts. An
 * interrupted build (Ctrl-C, out of memory, power cut) or a failed one leaves
 * the published site as it was, byte for byte.
 *
 * The swap is two renames in one folder (the old site aside, the new one in
 * its place), then the old one deleted. A build stopped between the two
 * renames — microseconds — leaves both sites whole beside the output; the
 * next build puts the old one back before it starts (`recoverSite`).
 */

/** Where a build in this process writes: `dist.building-<pid>`, beside `dist`, on the same file system. */
export function stagingFolder(output: string, pid = process.pid): string {
  return join(dirname(output), `${basename(output)}.building-${pid}`);
}

/** Where the published site waits during the swap: `dist.previous-<pid>`. */
function previousFolder(output: string, pid = process.pid): string {
  return join(dirname(output), `${basename(output)}.previous-${pid}`);
}

/** Left-over folders of builds whose process is gone: `<output>.building-<pid>` or `<output>.previous-<pid>`. */
async function leftovers(output: string): Promise<{path: string; kind: "building" | "previous"; pid: number}[]> {
  const dir = dirname(output);
  if (!existsSync(dir)) return [];
  const name = basename(output).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^${name}\\.(building|previous)-(\\d+)$`);
  const found = [];
  for (const entry of await readdir(dir)) {
    const match = pattern.exec(entry);
    if (!match || isRunning(Number(match[2]))) continue;
    found.push({path: join(dir, entry), kind: match[1] as "building" | "previous", pid: Number(match[2])});
  }
  return found;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * A build killed with its parent (the heap-raising `fazhi` that started it, see `heap-limit.ts`) is left to the
 * system's first process to reap; in a container whose first process reaps nothing, it stays a zombie, which
 * answers signals but runs no more. Linux says so in `/proc`; elsewhere a process that answers is running.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/**
 * Before a build: a site a stopped swap left aside goes back in place if
 * nothing replaced it, and the half-built folders of stopped builds go.
 */
export async function recoverSite(output: string): Promise<void> {
  for (const {path, kind} of await leftovers(output)) {
    if (kind === "previous" && !existsSync(output)) await rename(path, output);
    else await rm(path, {recursive: true, force: true});
  }
}

/**
 * Why a built folder is not a whole site, or null when it is: it has an
 * index page, and every page its policy with the hashes of its inline
 * scripts (a page without them would run none of its own scripts).
 */
export async function incompleteSite(dir: string): Promise<string | null> {
  if (!existsSync(join(dir, "index.html"))) return "no index.html";
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    if (!policy) return `${path} has no Content-Security-Policy`;
    if (/<script\b(?![^>]*\ssrc=)[^>]*>/i.test(html) && !policy.includes("'sha256-"))
      return `${path} has inline scripts but no hashes in its Content-Security-Policy`;
  }
  return null;
}

/** Puts a whole site in place of the published one, and deletes the old one once the new one is in place. */
export async function swapIntoPlace(staging: string, output: string): Promise<void> {
  const previous = previousFolder(output);
  const hadSite = existsSync(output);
  if (hadSite) await rename(output, previous);
  await rename(staging, output);
  if (hadSite) await rm(previous, {recursive: true, force: true});
}
