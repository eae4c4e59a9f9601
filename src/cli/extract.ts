import {readFileSync} from "node:fs";
import type {CatalogueIndex} from "../extract/catalogue-index.ts";
import {checkLine} from "../extract/check-line.ts";
import {InputError} from "../extract/input-error.ts";
import {extractReport, type Extraction} from "../extract/report.ts";
import {toArrowStream} from "../io/arrow.ts";
import {toCsv} from "../components/csv.ts";
import {FACT_COLUMNS, factRows, factsTable} from "../io/facts-table.ts";
import {arrowStreamToParquet} from "../io/parquet.ts";
import {reportIdFromPath} from "./report-id.ts";

export const FORMATS = ["json", "csv", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * `fazhi extract FILE [--format json|csv|parquet]`: the report's facts on
 * stdout. JSON holds everything (report, facts, every number, checks); CSV
 * and Parquet hold the facts table. Failed checks are reported, not fatal.
 */
export function extractCommand(path: string, format: Format, catalogue?: CatalogueIndex): Uint8Array | string {
  const extraction = extractReport(readReport(path), reportIdFromPath(path), {catalogue});
  for (const check of extraction.checks) {
    if (check.status === "fail" || check.status === "warn") process.stderr.write(`${path}: ${checkLine(check)}\n`);
  }
  return render(extraction, format);
}

function render(extraction: Extraction, format: Format): Uint8Array | string {
  const {report, facts, numbers, items, checks} = extraction;
  switch (format) {
    case "json":
      return JSON.stringify({report, facts, numbers, checks, items}, null, 2) + "\n";
    case "csv":
      return toCsv(Object.keys(FACT_COLUMNS) as (keyof typeof FACT_COLUMNS)[], factRows([extraction]));
    case "parquet":
      return arrowStreamToParquet(toArrowStream(factsTable(factRows([extraction]))));
  }
}

function readReport(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a folder, not a file"
          : code === "EACCES"
            ? "permission denied"
            : String(code ?? error);
    throw new InputError(reason);
  }
}
