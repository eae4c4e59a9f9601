import {spawn} from "node:child_process";
import {createRequire} from "node:module";
import {delimiter, dirname, join} from "node:path";
import {passUntilFailure} from "./framework-output.ts";

const require = createRequire(import.meta.url);

/**
 * Runs Framework's command line (`build`, `preview`…) with its telemetry off,
 * which would otherwise try to reach the network, and with the installed
 * packages' commands on the PATH: Framework runs TypeScript loaders with `tsx`
 * by name, which only `npm run` puts there.
 */
export function runFramework(args: readonly string[], env: Record<string, string> = {}): Promise<number> {
  const child = spawnFramework(args, env, "inherit");
  // Stopping fazhi stops Framework: a preview left running would hold its port for the next start.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, stop);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, stop);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** How Framework's command ended, and the report of its failure it printed, held back (see `passUntilFailure`). */
export interface FrameworkRun {
  code: number;
  held: string[];
}

/**
 * Runs Framework's command line as `runFramework` does, its output passed
 * through as it comes, except its report of a failure: the caller prints it
 * (`held`) or explains the failure itself.
 */
export async function runFrameworkHoldingErrors(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<FrameworkRun> {
  const child = spawnFramework(args, env, "pipe");
  const exited = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  const [out, err] = await Promise.all([
    passUntilFailure(child.stdout!, process.stdout),
    passUntilFailure(child.stderr!, process.stderr),
  ]);
  return {code: await exited, held: [...out, ...err]};
}

function spawnFramework(args: readonly string[], env: Record<string, string>, output: "inherit" | "pipe") {
  const framework = dirname(require.resolve("@observablehq/framework/package.json"));
  const cli = join(framework, "dist", "bin", "observable.js");
  const bin = join(framework, "..", "..", ".bin");
  return spawn(process.execPath, [cli, ...args], {
    stdio: ["inherit", output, output],
    env: {
      ...process.env,
      ...env,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      PATH: [bin, process.env.PATH].join(delimiter),
    },
  });
}
