import {fileURLToPath} from "node:url";
import {DATA_DIR, loadCorpus} from "../../loaders/corpus.ts";
import {enforceChecks} from "../../loaders/failed-checks.ts";
import {readingLog} from "../../loaders/reading-log.ts";
import {readReference} from "../../loaders/reference.ts";
import {runLoader} from "../../loaders/run.ts";
import {searchIndex} from "../../loaders/search-index.ts";
import {publishedTables, tablesArchive} from "../../loaders/tables.ts";

// Every published table, from one reading of the reports: pages attach data/tables/<name>.arrow and .parquet.
await runLoader(() => {
  const corpus = loadCorpus();
  // The build log names every report read (Framework passes a loader's stderr through).
  for (const line of readingLog(corpus.extractions, DATA_DIR)) process.stderr.write(`${line}\n`);
  // A report whose figures disagree stops the build here, unless FAZHI_ALLOW_FAILED_CHECKS says to publish anyway.
  enforceChecks(corpus.extractions, DATA_DIR);
  const index = searchIndex(fileURLToPath(new URL("..", import.meta.url)), corpus.extractions);
  return tablesArchive(publishedTables(corpus, readReference(DATA_DIR)), {"search-index.json": JSON.stringify(index)});
});
