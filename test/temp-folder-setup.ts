import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

/**
 * Puts every temporary file of a test run (report folders, built sites, Chromium profiles, the command-line tests'
 * outputs) in one folder, removed when the run ends: one run left some 350 folders and 350 MB in the machine's
 * temporary folder. `TMPDIR` is what Node's `tmpdir()`, Chromium and the processes the tests start all read.
 * `FAZHI_KEEP_TEST_TMP=1` keeps the folder, to look at what a failing test wrote.
 */
export default function setup(): (() => void) | undefined {
  // Both projects list this setup: the first made the folder.
  if (process.env.FAZHI_TEST_TMP) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "fazhi-test-run-"));
  process.env.FAZHI_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  return () => {
    if (process.env.FAZHI_KEEP_TEST_TMP === "1") console.warn(`temporary files of this run kept in ${dir}`);
    else rmSync(dir, {recursive: true, force: true});
  };
}
