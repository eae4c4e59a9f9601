import {execFileSync, spawnSync} from "node:child_process";

/**
 * Builds the site once for every browser test, with networking switched off
 * where the machine allows it (root, or user namespaces): the build must need
 * nothing but what `npm ci` installed.
 */
export default function setup(): void {
  const build = ["node", "bin/fazhi.js", "build"];
  const offline = spawnSync("unshare", ["-n", "true"]).status === 0;
  if (!offline) console.warn("unshare -n is not permitted here: building with the network on");
  const [command, ...args] = offline ? ["unshare", "-n", ...build] : build;
  execFileSync(command!, args, {stdio: ["ignore", "ignore", "inherit"], timeout: 170_000});
}
