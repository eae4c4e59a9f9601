import {spawn} from "node:child_process";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

const require = createRequire(import.meta.url);

/** Runs Framework's command line (`build`, `preview`…) with its telemetry off, which would otherwise try to reach the network. */
export function runFramework(args: readonly string[]): Promise<number> {
  const cli = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: "inherit",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
