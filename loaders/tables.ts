import {resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {DATA_DIR, loadCorpus} from "../src/corpus/corpus.ts";
import {enforceChecks} from "../src/corpus/failed-checks.ts";
import {readingLog} from "../src/corpus/reading-log.ts";
import {readReference} from "../src/corpus/reference.ts";
import {runLoader} from "../src/io/run-loader.ts";
import {inflateArchive} from "../src/io/inflate-archive.ts";
import {tablesArchive} from "../src/tables/archive.ts";
import {publishedTables} from "../src/tables/published.ts";
import {searchIndex} from "../src/tables/search-index.ts";
import {trendFiles} from "../src/tables/trend-values.ts";
import {factPartFiles} from "../src/tables/fact-parts.ts";
import {toArrowStream} from "../src/io/arrow.ts";
import {reportChoicesTable} from "../src/tables/report-choices.ts";
import {bodyPartFiles} from "../src/tables/page-parts.ts";
import {reportTextsTable} from "../src/tables/report-texts.ts";

/**
 * The data loader of every published table, from one reading of the reports
 * in `data/` (or `FAZHI_DATA`): writes one zip to stdout, each table as
 * Arrow and Parquet, and the search index. Framework runs it through
 * `docs/data/tables.zip.ts`; on its own: `npx tsx loaders/tables.ts > tables.zip`.
 * With `inflateTo`, also writes each file of the archive into that folder.
 */
export function runTablesLoader({inflateTo}: {inflateTo?: string} = {}): Promise<void> {
  return runLoader(async () => {
    const corpus = loadCorpus();
    // The build log names every report read (Framework passes a loader's stderr through).
    for (const line of readingLog(corpus.extractions, DATA_DIR)) process.stderr.write(`${line}\n`);
    // A report whose figures disagree stops the build here, unless FAZHI_ALLOW_FAILED_CHECKS says to publish anyway.
    enforceChecks(corpus.extractions, DATA_DIR);
    const index = searchIndex(fileURLToPath(new URL("../docs", import.meta.url)), corpus.extractions);
    const tables = publishedTables(corpus, readReference(DATA_DIR));
    const archive = await tablesArchive(tables, {
      "search-index.json": JSON.stringify(index),
      ...trendFiles(corpus.extractions, corpus.bodies, corpus.metrics),
      ...factPartFiles(corpus.extractions, corpus.metrics),
      "report-choices.arrow": toArrowStream(reportChoicesTable(corpus.extractions, corpus.bodies)),
      // Split by body like the facts, for the pages that show one report's items, or its description and text.
      ...bodyPartFiles(tables.get("items")!, "items"),
      ...bodyPartFiles(reportTextsTable(tables.get("reports")!, tables.get("texts")!), "report-texts"),
    });
    if (inflateTo !== undefined) inflateArchive(archive, inflateTo);
    return archive;
  });
}

// On its own (`npx tsx loaders/tables.ts > tables.zip`); Framework runs it through docs/data/tables.zip.ts.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await runTablesLoader();
