import {fileURLToPath} from "node:url";
import {DATA_DIR, loadCorpus} from "../corpus/corpus.ts";
import {enforceChecks} from "../corpus/failed-checks.ts";
import {readingLog} from "../corpus/reading-log.ts";
import {readReference} from "../corpus/reference.ts";
import {tableFiles} from "./archive.ts";
import {factPartFiles} from "./fact-parts.ts";
import {bodyPartFiles} from "./page-parts.ts";
import {publishedTables} from "./published.ts";
import {reportChoices} from "./report-choices.ts";
import {reportTextsTable} from "./report-texts.ts";
import {searchIndex} from "./search-index.ts";
import {trendFiles} from "./trend-values.ts";

const DOCS = fileURLToPath(new URL("../../docs", import.meta.url));

/**
 * Every file the site publishes from the reports, by name (pages attach them as `data/tables/<name>`): each table as
 * Arrow and Parquet, the pages' partitions and manifests, the search index. One reading of `data/` (or the folder
 * `FAZHI_DATA` names); the build log names every report read. Bad input is an `InputError` naming the file.
 */
export function siteFiles(
  dataDir = DATA_DIR,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Record<string, Uint8Array | string> {
  const corpus = loadCorpus(dataDir);
  for (const line of readingLog(corpus.extractions, dataDir)) log(line);
  // A report whose figures disagree stops the build here, unless FAZHI_ALLOW_FAILED_CHECKS says to publish anyway.
  enforceChecks(corpus.extractions, dataDir);
  const tables = publishedTables(corpus, readReference(dataDir));
  return {
    ...tableFiles(tables),
    "search-index.json": JSON.stringify(searchIndex(DOCS, corpus.extractions)),
    ...trendFiles(corpus.extractions, corpus.bodies, corpus.metrics),
    ...factPartFiles(corpus.extractions, corpus.metrics),
    "report-choices.json": JSON.stringify(reportChoices(corpus.extractions, corpus.bodies)),
    // Split by body like the facts, for the pages that show one report's items, or its description and text.
    ...bodyPartFiles(tables.get("items")!, "items"),
    ...bodyPartFiles(reportTextsTable(tables.get("reports")!, tables.get("texts")!), "report-texts"),
  };
}
