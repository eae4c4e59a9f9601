import {watch, type FSWatcher} from "node:fs";
import {InputError} from "../extract/input-error.ts";
import {LOADER_INPUTS} from "./input-stamp.ts";
import {writeSiteTables} from "./site-tables.ts";

/** How long to wait after a change before reading again: saving a file, or copying a folder of reports, is many events. */
const SETTLE_MS = 300;

/**
 * While `fazhi preview` runs, a report added or edited under the data folder reaches the open pages: the tables are
 * written again (see `writeSiteTables`), and Framework, which watches the files the pages attach, reloads the pages
 * that read them. A report that cannot be read is named in one line, and the pages keep the tables they had.
 */
export function watchData(
  root: string,
  inputs: readonly string[] = LOADER_INPUTS,
  write: (root: string, inputs: readonly string[]) => Promise<boolean> = writeSiteTables,
): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(inputs[0]!, {recursive: true}, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      write(root, inputs).catch((error: Error) =>
        process.stderr.write(
          error instanceof InputError ? `${error.message}\n` : `数据有变，但未能重新读取：${error.message}\n`,
        ),
      );
    }, SETTLE_MS);
  });
  watcher.on("close", () => clearTimeout(timer));
  return watcher;
}
