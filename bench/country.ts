import {spawn} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {launchChromium} from "../harness/chromium.ts";
import {serveStatic} from "../harness/serve.ts";
import {BENCH_PAGES, measureFirstContent, type BenchPage, type FirstContent} from "./page-first.ts";
import {writeSyntheticCorpus, type SyntheticCorpus} from "./synthetic-corpus.ts";

export interface CountryResult {
  corpus: SyntheticCorpus;
  buildSeconds: number;
  /** The largest resident memory of the build's processes together, sampled; null where /proc is not there to read. */
  peakBytes: number | null;
  pages: (BenchPage & FirstContent)[];
}

/**
 * The site at the size of every county-level body and its departments: 30,000 synthetic bodies × 10 years, built
 * with `fazhi build` as a user would (in its own processes, with the heap it sizes), then every page opened cold
 * `runs` times for a body in the middle.
 */
export async function benchCountry(bodies = 30_000, years = 10, runs = 3): Promise<CountryResult> {
  const corpus = writeSyntheticCorpus(join(tmpdir(), "fazhi-synthetic-30k"), bodies, years);
  const output = join(tmpdir(), "fazhi-synthetic-30k-site");
  const start = performance.now();
  const child = spawn(process.execPath, ["bin/fazhi.js", "build"], {
    env: {...process.env, FAZHI_DATA: corpus.dir, FAZHI_OUTPUT: output},
    stdio: ["ignore", "ignore", "pipe"],
  });
  // The build names every report it reads: 300,000 lines, kept only to show the end of a failed build.
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => (log = (log + chunk.toString("utf8")).slice(-4000)));
  let peakBytes: number | null = 0;
  const sampler = setInterval(() => {
    const bytes = treeResidentBytes(child.pid!);
    peakBytes = bytes === null || peakBytes === null ? null : Math.max(peakBytes, bytes);
  }, 500);
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`the ${bodies} × ${years} synthetic site did not build:\n${log}`);
  const buildSeconds = (performance.now() - start) / 1000;

  const middle = `syn-${String(Math.ceil(bodies / 2)).padStart(4, "0")}`;
  const {url, server} = await serveStatic(output);
  const browser = await launchChromium();
  const pages: (BenchPage & FirstContent)[] = [];
  try {
    // A browser's first page is slower than any after it, whatever the page: not measured.
    await measureFirstContent(
      browser,
      url,
      {...BENCH_PAGES[0]!, path: BENCH_PAGES[0]!.path.replaceAll("syn-1500", middle)},
      1,
    );
    for (const page of BENCH_PAGES) {
      const at = {...page, path: page.path.replaceAll("syn-1500", middle), goalMs: 2000};
      pages.push({...at, ...(await measureFirstContent(browser, url, at, runs))});
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {corpus, buildSeconds, peakBytes, pages};
}

/** The resident memory of a process and all its descendants, from /proc; null where there is no /proc. */
function treeResidentBytes(root: number): number | null {
  let names: string[];
  try {
    names = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const resident = new Map<number, number>();
  for (const name of names) {
    try {
      // pid (command) state ppid … : the command may hold spaces and brackets, so read after its last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(fields[1]));
      // Resident pages, of 4 KiB on the machines this runs on.
      resident.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while the list was read.
    }
  }
  let total = 0;
  for (const [pid, bytes] of resident) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
