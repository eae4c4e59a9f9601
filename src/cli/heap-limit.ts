import {spawn} from "node:child_process";
import {constants, totalmem} from "node:os";
import {getHeapStatistics} from "node:v8";

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

/** Whether `command` should run again in a Node whose heap may grow to `heapLimitMiB`. */
export function needsLargerHeap(
  command: string | undefined,
  execArgv: readonly string[] = process.execArgv,
  env: NodeJS.ProcessEnv = process.env,
  limit = getHeapStatistics().heap_size_limit,
  total = totalmem(),
): boolean {
  if (command === undefined || !HEAVY_COMMANDS.has(command)) return false;
  if ([...execArgv, env.NODE_OPTIONS ?? ""].some((arg) => arg.includes(FLAG))) return false;
  return heapLimitMiB(total) > limit / 2 ** 20;
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
