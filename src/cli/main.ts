import {rm} from "node:fs/promises";
import {ALLOW_FAILED_CHECKS} from "../corpus/allow-failed-checks.ts";
import {watchComponents} from "../build/components-bundle.ts";
import {dropBenchmarkPages} from "../build/benchmark-pages.ts";
import {hashSiteScripts} from "../build/csp.ts";
import {runFramework, runFrameworkHoldingErrors} from "../build/framework.ts";
import {setHtmlLang} from "../build/html-lang.ts";
import {incompleteSite, recoverSite, stagingFolder, swapIntoPlace} from "../build/site-swap.ts";
import {prepareSite, ROOT} from "../build/prepare.ts";
import {readSiteRecord, siteDigest, writeSiteRecord} from "../build/site-record.ts";
import {refreshTables} from "../build/table-refresh.ts";
import {portIsFree, requestedPort} from "../build/free-port.ts";
import {watchData} from "../build/watch-data.ts";
import {indexCatalogue, type CatalogueIndex} from "../extract/catalogue-index.ts";
import {InputError} from "../extract/input-error.ts";
import {readPhraseFile} from "../extract/phrase-file.ts";
import {BODY_KINDS} from "../model/body-kinds.ts";
import {extractCommand, FORMATS, type Format} from "./extract.ts";

const USAGE = `usage: fazhi <command>

  extract FILE [--format json|csv|parquet] [--phrases metric-phrases.csv] [--kind KIND]
             read one report and print its facts, numbers and checks (default json),
             with the metric catalogue extended by an analysts' phrase file if given;
             KIND (district, county, city… as in data/bodies.csv) keeps figures the
             report gives for a higher level (全市… in a district's report) apart
  build [--allow-failed-checks]
             build the static dashboard into dist/ (no network needed); a report
             with a failed check stops the build, unless --allow-failed-checks
             (or FAZHI_ALLOW_FAILED_CHECKS=1) publishes it with the failures shown
  preview    serve the dashboard with live reload while you edit (failed checks
             are shown on the pages)`;

const ALLOW_FLAG = "--allow-failed-checks";

/** The `fazhi` command line. Returns the process exit code: 0 done, 2 unusable input or arguments. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "extract":
      return await extract(rest);
    case "build": {
      const output = process.env.FAZHI_OUTPUT ?? "dist";
      // The tables are written (and their digest taken) with the switch read from the environment.
      if (rest.includes(ALLOW_FLAG)) process.env[ALLOW_FAILED_CHECKS] = "1";
      return build(
        output,
        rest.filter((arg) => arg !== ALLOW_FLAG),
      );
    }
    case "preview": {
      // While editing, a report's failed checks are shown on its pages rather than breaking them.
      process.env[ALLOW_FAILED_CHECKS] ??= "1";
      // Framework finds a free port by itself unless one is asked for; a taken one would end in a stack trace.
      const port = requestedPort(rest);
      if (port !== undefined && !(await portIsFree(port))) {
        process.stderr.write(
          `端口 ${port} 已被占用（可能是另一个 npm start 仍在运行）：请先关闭它，或换一个端口，如 npm start -- --port ${port + 1}\n`,
        );
        return 1;
      }
      try {
        await prepareSite();
      } catch (error) {
        // The preview still starts: the data watcher writes the tables again once the report is put right.
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`${error.message}\n`);
      }
      const components = await watchComponents(ROOT);
      const data = watchData(ROOT);
      try {
        return await runFramework(["preview", ...rest]);
      } finally {
        data.close();
        await components.dispose();
      }
    }
    case undefined:
    case "--help":
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      return usage(`unknown command: ${command}`);
  }
}

/**
 * `fazhi build`: the site is built beside the published one and swapped in
 * only when whole (see `site-swap.ts`); a failed or interrupted build leaves
 * the published site untouched.
 */
async function build(output: string, args: readonly string[]): Promise<number> {
  await recoverSite(output);
  const kept = `${output} 中上次发布的网站保持原样。`;
  try {
    await prepareSite();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${["构建未完成：输入文件有问题，改正后重新构建：", error.message, kept].join("\n")}\n`);
    return 2;
  }
  const staging = stagingFolder(output);
  // Framework clears only an output folder inside the project; a fresh one never conflicts.
  await rm(staging, {recursive: true, force: true});
  try {
    const site = await siteDigest(ROOT, args);
    const refresh = await refreshTables(ROOT, output, staging, await readSiteRecord(ROOT), site);
    if ("refreshed" in refresh && refresh.refreshed.length === 0) {
      process.stdout.write(`报告、页面与配置都没有变：${output} 已是最新。\n`);
      return 0;
    }
    if ("refreshed" in refresh) {
      process.stdout.write(`只有报告的数据变了：换上新的数据文件 ${refresh.refreshed.length} 个，页面沿用上次构建。\n`);
    } else {
      process.stdout.write(`完整构建（${refresh.reason}）。\n`);
      const {code, held} = await runFrameworkHoldingErrors(["build", ...args], {FAZHI_OUTPUT: staging});
      if (code !== 0) {
        process.stderr.write(`${[...held, "构建未完成：网站生成程序出错（见上）。", kept].join("\n")}\n`);
        return code;
      }
      await dropBenchmarkPages(staging);
      await setHtmlLang(staging);
    }
    await hashSiteScripts(staging);
    const problem = await incompleteSite(staging);
    if (problem) {
      process.stderr.write(`构建未完成：生成的网站不完整（${problem}）。${kept}\n`);
      return 1;
    }
    await swapIntoPlace(staging, output);
    await writeSiteRecord(ROOT, output, site);
    return 0;
  } finally {
    await rm(staging, {recursive: true, force: true});
  }
}

async function extract(args: readonly string[]): Promise<number> {
  let format: Format = "json";
  let phrases: string | undefined;
  let kind: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === "--format" ? args[++i] : arg.startsWith("--format=") ? arg.slice(9) : undefined;
    if (arg === "--format" || arg.startsWith("--format=")) {
      if (!FORMATS.includes(value as Format)) return usage(`--format must be one of ${FORMATS.join(", ")}`);
      format = value as Format;
    } else if (arg === "--phrases" || arg.startsWith("--phrases=")) {
      phrases = arg === "--phrases" ? args[++i] : arg.slice("--phrases=".length);
      if (!phrases) return usage("--phrases takes a FILE");
    } else if (arg === "--kind" || arg.startsWith("--kind=")) {
      kind = arg === "--kind" ? args[++i] : arg.slice("--kind=".length);
      if (!kind || !Object.hasOwn(BODY_KINDS, kind))
        return usage(`--kind must be one of ${Object.keys(BODY_KINDS).join(", ")}`);
    } else if (arg.startsWith("-")) return usage(`unknown option: ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) return usage("extract takes exactly one FILE");
  const file = files[0]!;
  let catalogue: CatalogueIndex | undefined;
  try {
    if (phrases) catalogue = indexCatalogue(readPhraseFile(phrases));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  quietOnClosedPipe();
  try {
    await extractCommand(file, format, process.stdout, {catalogue, kind});
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${file}: ${error.message}\n`);
    return 2;
  }
}

/**
 * `fazhi extract … | head -c 10`: the reader has what it wanted and closed
 * the pipe. Writing more fails with EPIPE, which is no error of ours: stop
 * at once, quietly, with the code a completed run has.
 */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}

function usage(problem: string): number {
  process.stderr.write(`fazhi: ${problem}\n\n${USAGE}\n`);
  return 2;
}
