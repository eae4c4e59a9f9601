import {watch, type FSWatcher} from "node:fs";
import {utimes} from "node:fs/promises";
import {join} from "node:path";
import {invalidateLoaderCache, LOADER_INPUTS} from "./input-stamp.ts";

/** How long to wait after a change before reading again: saving a file, or copying a folder of reports, is many events. */
const SETTLE_MS = 300;

/**
 * While `fazhi preview` runs, a report added or edited under the data folder
 * reaches the open pages: Framework watches only the loader's own file, so
 * when the inputs changed, the cached tables are dropped and the loader's file
 * is touched, and Framework runs it again and reloads the pages that read it.
 */
export function watchData(root: string, inputs: readonly string[] = LOADER_INPUTS): FSWatcher {
  const loader = join(root, "data", "tables.zip.ts");
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(inputs[0]!, {recursive: true}, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      refresh(root, inputs, loader).catch((error: Error) =>
        process.stderr.write(`数据有变，但未能重新读取：${error.message}\n`),
      );
    }, SETTLE_MS);
  });
  watcher.on("close", () => clearTimeout(timer));
  return watcher;
}

async function refresh(root: string, inputs: readonly string[], loader: string): Promise<void> {
  if (await invalidateLoaderCache(root, [...inputs])) {
    const now = new Date();
    await utimes(loader, now, now);
  }
}
