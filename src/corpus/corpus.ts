import {relative, join} from "node:path";
import {InputError} from "../extract/input-error.ts";
import type {Extraction} from "../model/extraction.ts";
import type {Metric} from "../model/catalogue.ts";
import {readBodies, type Body} from "./bodies.ts";
import {readMetrics} from "./metric-phrases.ts";
import {readPlanStatus, type StatusRow} from "./plan-status.ts";
import {DATA_DIR, extractAll, listReports} from "./reports.ts";

/** Everything the loaders publish from: every report read, the bodies, and the analysts' statuses. */
export interface Corpus {
  extractions: Extraction[];
  bodies: Body[];
  statuses: StatusRow[];
  /** The catalogue the reports were read with: fazhi's own, extended by `data/metric-phrases.csv`. */
  metrics: Metric[];
}

export {DATA_DIR};

/** Reads `data/`; a report of a body missing from `data/bodies.csv` is an error naming both files. */
export function loadCorpus(dataDir = DATA_DIR): Corpus {
  const metrics = readMetrics(dataDir);
  const files = listReports(dataDir);
  const bodies = readBodies(dataDir);
  const known = new Set(bodies.map((b) => b.id));
  // Checked before any report is read, and named by its own path (a link, a year written 2024 or otherwise).
  for (const {path, body} of files) {
    if (!known.has(body)) {
      throw new InputError(
        `${relative(process.cwd(), path)}: 单位编号“${body}”不在 ${relative(process.cwd(), join(dataDir, "bodies.csv"))} 中：请在该文件中为它加一行，或把报告移到已有单位的文件夹`,
      );
    }
  }
  const kinds = new Map(bodies.map((b) => [b.id, b.kind]));
  const extractions = extractAll(dataDir, files, metrics, kinds);
  return {extractions, bodies, statuses: readPlanStatus(extractions, dataDir), metrics};
}
