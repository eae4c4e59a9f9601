import {spawn} from "node:child_process";
import {readdirSync, statSync} from "node:fs";
import {constants, totalmem} from "node:os";
import {join} from "node:path";
import {getHeapStatistics} from "node:v8";
import {DATA_DIR} from "../corpus/data-dir.ts";

const FLAG = "--max-old-space-size";

/** The commands that read every report into memory. */
const HEAVY_COMMANDS = new Set(["build", "preview"]);

/**
 * Node stops its heap at about 4 GB whatever the machine has, and a build of a whole country's reports holds more
 * (30,000 bodies × 10 years of synthetic reports, 370 MiB of text, peaked at 9.1 GB resident): past the limit it
 * would end in V8's out-of-memory trace. `fazhi build` and `fazhi preview` run with a heap of three quarters of the
 * machine's memory (in MiB), unless one was set (`--max-old-space-size` on Node's command line or in `NODE_OPTIONS`).
 */
export function heapLimitMiB(total = totalmem()): number {
  return Math.floor((total / 2 ** 20) * 0.75);
}

/**
 * Memory a build takes per byte of reports, with room to spare: 30,000 × 10 synthetic reports (370 MiB) peaked at
 * 9.7 GiB resident, some 26 times their size; 3,000 × 10 (37 MiB) at 1.7 GiB.
 */
const MEMORY_PER_REPORT_BYTE = 32;

/**
 * Whether `command` should run again in a Node whose heap may grow to `heapLimitMiB`: only when the reports under
 * `data` could need more than the heap it has. Starting Node again costs a third of a second, a tenth of a rebuild
 * of a small site.
 */
export function needsLargerHeap(
  command: string | undefined,
  execArgv: readonly string[] = process.execArgv,
  env: NodeJS.ProcessEnv = process.env,
  limit = getHeapStatistics().heap_size_limit,
  total = totalmem(),
  data = DATA_DIR,
): boolean {
  if (command === undefined || !HEAVY_COMMANDS.has(command)) return false;
  if ([...execArgv, env.NODE_OPTIONS ?? ""].some((arg) => arg.includes(FLAG))) return false;
  if (heapLimitMiB(total) <= limit / 2 ** 20) return false;
  return holdsMoreThan(join(data, "reports"), limit / MEMORY_PER_REPORT_BYTE);
}

/** Whether the files under `dir` hold more than `bytes` together; counting stops as soon as they do. */
export function holdsMoreThan(dir: string, bytes: number): boolean {
  let sum = 0;
  const folders = [dir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries;
    try {
      entries = readdirSync(folder, {withFileTypes: true});
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() && (sum += statSync(path).size) > bytes) return true;
    }
  }
  return false;
}

/**
 * Runs `script` with `args` again in a Node with the larger heap, and resolves to its exit code. Ctrl-C reaches both
 * processes (they share the terminal's process group); a signal sent to this one alone is passed on. This one waits
 * for the other to end, so that whoever started the command sees it end only when the build has.
 */
export function rerunWithLargerHeap(script: string, args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [`${FLAG}=${heapLimitMiB()}`, ...process.execArgv, script, ...args], {
    stdio: "inherit",
  });
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, pass);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}
