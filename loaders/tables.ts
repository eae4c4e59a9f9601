import {resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {runLoader} from "../src/io/run-loader.ts";
import {zipFiles} from "../src/tables/archive.ts";
import {siteFiles} from "../src/tables/site-files.ts";

/**
 * The data loader of every published table, from one reading of the reports
 * in `data/` (or `FAZHI_DATA`), as one zip on stdout: each table as Arrow and
 * Parquet, the pages' partitions, the search index. `fazhi build` writes the
 * same files into `docs/data/tables/` before Framework starts (see
 * `src/build/site-tables.ts`); on its own: `npx tsx loaders/tables.ts > tables.zip`.
 */
export function runTablesLoader(): Promise<void> {
  return runLoader(() => zipFiles(siteFiles()));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await runTablesLoader();
