import {spawn, spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {incompleteSite, recoverSite, stagingFolder, swapIntoPlace} from "../../src/build/site-swap.ts";

/** A pid no process has any more: a child's, after it exited. */
const deadPid = spawnSync(process.execPath, ["-e", ""]).pid!;

function site(dir: string, pages: Record<string, string>): string {
  mkdirSync(dir, {recursive: true});
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  return dir;
}

const HASHED = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-abc='"><script>x()</script>`;

describe("swapIntoPlace", () => {
  it("puts the new site in place of the old and deletes the old one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-swap-"));
    const output = site(join(dir, "dist"), {"index.html": "old"});
    const staging = site(stagingFolder(output), {"index.html": "new"});
    await swapIntoPlace(staging, output);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["dist"]);
  });

  it("puts the first site in place when there was none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-swap-"));
    const output = join(dir, "dist");
    await swapIntoPlace(site(stagingFolder(output), {"index.html": "new"}), output);
    expect(readdirSync(dir)).toEqual(["dist"]);
  });
});

describe("recoverSite", () => {
  it("puts back a site a stopped swap left aside, and removes stopped builds' folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-recover-"));
    const output = join(dir, "dist");
    site(join(dir, `dist.previous-${deadPid}`), {"index.html": "old"});
    site(stagingFolder(output, deadPid), {"index.html": "half"});
    await recoverSite(output);
    expect(readdirSync(dir)).toEqual(["dist"]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("old");
  });

  it("leaves the folders of a build still running, and other folders, alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-recover-"));
    const output = site(join(dir, "dist"), {"index.html": "site"});
    site(join(dir, `dist.building-${process.ppid}`), {});
    site(join(dir, "dist-other.building-1"), {});
    site(join(dir, `dist.previous-${deadPid}`), {"index.html": "older"});
    await recoverSite(output);
    expect(readdirSync(dir).sort()).toEqual(["dist", `dist.building-${process.ppid}`, "dist-other.building-1"].sort());
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("site");
  });

  it.runIf(existsSync("/proc/self/stat"))(
    "removes the folder of a build that was killed and never reaped",
    async () => {
      // `sleep 0.1` ends under a parent that never waits for it (`exec sleep 5`): a zombie, as a killed build whose
      // parent was killed with it stays in a container whose first process reaps nothing.
      const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 5"], {stdio: ["ignore", "pipe", "ignore"]});
      const zombie = Number(
        await new Promise<string>((resolve) => parent.stdout.once("data", (d) => resolve(String(d)))),
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      const dir = mkdtempSync(join(tmpdir(), "fazhi-recover-"));
      const output = site(join(dir, "dist"), {"index.html": "site"});
      site(stagingFolder(output, zombie), {});
      await recoverSite(output);
      parent.kill();
      expect(readdirSync(dir)).toEqual(["dist"]);
    },
  );

  it("does nothing when the output's folder does not exist yet", async () => {
    await recoverSite(join(tmpdir(), "fazhi-none", "deeper", "dist"));
    expect(existsSync(join(tmpdir(), "fazhi-none"))).toBe(false);
  });
});

describe("incompleteSite", () => {
  it.each([
    ["a whole site", {"index.html": HASHED, "a.html": HASHED}, null],
    ["no pages at all", {}, "no index.html"],
    ["a page without a policy", {"index.html": HASHED, "b.html": "<p>x</p>"}, "has no Content-Security-Policy"],
    [
      "a page whose scripts were never hashed",
      {"index.html": `<meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script>x()</script>`},
      "has inline scripts but no hashes",
    ],
  ])("%s", async (_, pages, problem) => {
    const dir = site(mkdtempSync(join(tmpdir(), "fazhi-whole-")), pages);
    const result = await incompleteSite(dir);
    if (problem === null) expect(result).toBe(null);
    else expect(result).toContain(problem);
  });
});
