import {execFileSync, spawnSync} from "node:child_process";
import {rmSync} from "node:fs";

/** Where the site built from test fixtures (a second report for a body, an invented body) goes. */
export const FIXTURE_SITE = "test/output/dist-fixture";
export const FIXTURE_DATA = "test/fixtures/site";

/** Where the site built from hostile texts (markup in report text and names, a failed check) goes. */
export const HOSTILE_SITE = "test/output/dist-hostile";
export const HOSTILE_DATA = "test/fixtures/hostile";

/**
 * Builds the site three times for the browser tests, with networking switched
 * off where the machine allows it (root, or user namespaces): the published
 * site from `data/` into `dist/`, a site from the fixtures into its own
 * folder, and one from hostile texts, published with its failed check.
 */
export default function setup(): void {
  const offline = spawnSync("unshare", ["-n", "true"]).status === 0;
  if (!offline) console.warn("unshare -n is not permitted here: building with the network on");
  build({});
  rmSync(FIXTURE_SITE, {recursive: true, force: true});
  build({FAZHI_DATA: FIXTURE_DATA, FAZHI_OUTPUT: FIXTURE_SITE});
  rmSync(HOSTILE_SITE, {recursive: true, force: true});
  build({FAZHI_DATA: HOSTILE_DATA, FAZHI_OUTPUT: HOSTILE_SITE, FAZHI_ALLOW_FAILED_CHECKS: "1"});

  function build(env: Record<string, string>) {
    const command = ["node", "bin/fazhi.js", "build"];
    const [file, ...args] = offline ? ["unshare", "-n", ...command] : command;
    execFileSync(file!, args, {
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 170_000,
      // Strict unless a build asks otherwise: a failed check in data/ or the fixtures must fail the tests.
      env: {...process.env, FAZHI_ALLOW_FAILED_CHECKS: "", ...env},
    });
  }
}
