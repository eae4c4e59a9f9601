import {spawn} from "node:child_process";
import {createRequire} from "node:module";
import {delimiter, dirname, join} from "node:path";

const require = createRequire(import.meta.url);

/**
 * Runs Framework's command line (`build`, `preview`…) with its telemetry off,
 * which would otherwise try to reach the network, and with the installed
 * packages' commands on the PATH: Framework runs TypeScript loaders with `tsx`
 * by name, which only `npm run` puts there.
 */
export function runFramework(args: readonly string[], env: Record<string, string> = {}): Promise<number> {
  const framework = dirname(require.resolve("@observablehq/framework/package.json"));
  const cli = join(framework, "dist", "bin", "observable.js");
  const bin = join(framework, "..", "..", ".bin");
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...env,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      PATH: [bin, process.env.PATH].join(delimiter),
    },
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
