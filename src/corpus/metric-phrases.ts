import {existsSync} from "node:fs";
import {join, relative} from "node:path";
import {readPhraseFile} from "../extract/phrase-file.ts";
import {METRICS, type Metric} from "../model/catalogue.ts";

/** The catalogue, extended by `data/metric-phrases.csv` when there is one: analysts add phrases and metrics there. */
export function readMetrics(dataDir: string): Metric[] {
  const path = join(dataDir, "metric-phrases.csv");
  return existsSync(path) ? readPhraseFile(relative(process.cwd(), path)) : [...METRICS];
}
