import {runFramework} from "../build/framework.ts";
import {prepareSite, ROOT} from "../build/prepare.ts";
import {watchComponents} from "../build/components-bundle.ts";
import {setHtmlLang} from "../build/html-lang.ts";

const USAGE = `usage: fazhi <command>

  build      build the static dashboard into dist/ (no network needed)
  preview    serve the dashboard with live reload while you edit`;

/** The `fazhi` command line. Returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "build": {
      await prepareSite();
      const code = await runFramework(["build", ...rest]);
      if (code === 0) await setHtmlLang("dist");
      return code;
    }
    case "preview": {
      await prepareSite();
      const watcher = await watchComponents(ROOT);
      try {
        return await runFramework(["preview", ...rest]);
      } finally {
        await watcher.dispose();
      }
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === "--help" ? 0 : 2;
  }
}
