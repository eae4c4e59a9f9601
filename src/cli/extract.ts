import {readFileSync, statSync} from "node:fs";
import type {Writable} from "node:stream";
import {checkLine} from "../extract/check-line.ts";
import {InputError} from "../extract/input-error.ts";
import {extractReport, MAX_REPORT_BYTES, tooLarge, type ExtractOptions} from "../extract/report.ts";
import type {Extraction} from "../model/extraction.ts";
import {uncountedNumbers} from "../model/uncounted.ts";
import {toArrowStream} from "../io/arrow.ts";
import {toCsv} from "../io/csv.ts";
import {FACT_COLUMNS, factRows, factsTable} from "../io/facts-table.ts";
import {prettyJsonChunks, writeChunks} from "../io/json-stream.ts";
import {arrowStreamToParquet} from "../io/parquet.ts";
import {reportIdFromPath} from "./report-id.ts";
import {fileErrorReason} from "../io/file-error.ts";

export const FORMATS = ["json", "csv", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * `fazhi extract FILE [--format json|csv|parquet]`: the report's facts on
 * `out`. JSON holds everything (report, facts, every number, those that count nothing included, checks); CSV
 * and Parquet hold the facts table. Failed checks are reported, not fatal.
 */
export async function extractCommand(
  path: string,
  format: Format,
  out: Writable = process.stdout,
  options: ExtractOptions = {},
): Promise<void> {
  const extraction = extractReport(readReport(path), reportIdFromPath(path), options);
  for (const check of extraction.checks) {
    if (check.status === "fail" || check.status === "warn") process.stderr.write(`${path}: ${checkLine(check)}\n`);
  }
  await writeChunks(render(extraction, format), out);
}

function* render(extraction: Extraction, format: Format): Generator<string | Uint8Array> {
  const {report, text, facts, numbers, uncounted, items, checks, parts} = extraction;
  switch (format) {
    case "json":
      // Streamed: a huge report's numbers as one string would run out of heap.
      yield* prettyJsonChunks({
        report,
        facts,
        numbers,
        uncounted: uncountedNumbers(uncounted, text),
        checks,
        items,
        parts,
      });
      yield "\n";
      return;
    case "csv":
      yield toCsv(Object.keys(FACT_COLUMNS) as (keyof typeof FACT_COLUMNS)[], factRows([extraction]));
      return;
    case "parquet":
      yield arrowStreamToParquet(toArrowStream(factsTable([extraction])));
  }
}

function readReport(path: string): Uint8Array {
  try {
    // Refused before it is read: a file of gigabytes would fill the memory first.
    const {size} = statSync(path);
    if (size > MAX_REPORT_BYTES) throw new InputError(tooLarge(size));
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(fileErrorReason(error) ?? String(error));
  }
}
