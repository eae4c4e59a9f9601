import {readFileSync, statSync} from "node:fs";
import {relative} from "node:path";
import type {CatalogueIndex} from "../extract/catalogue-index.ts";
import {InputError} from "../extract/input-error.ts";
import {extractReport, MAX_REPORT_BYTES, tooLarge} from "../extract/report.ts";
import {fileErrorReason} from "../io/file-error.ts";
import type {Extraction} from "../model/extraction.ts";
import type {ReportFile} from "./reports.ts";

/** Extracts one report file; an unusable one is an error naming it, in one line. */
export function extractFile({path, body, year}: ReportFile, catalogue: CatalogueIndex, kind?: string): Extraction {
  try {
    // Refused by its size before it is read, as `fazhi extract` does: a file of gigabytes would fill the memory first.
    const {size} = statSync(path);
    if (size > MAX_REPORT_BYTES) throw new InputError(tooLarge(size));
    return extractReport(readFileSync(path), {body, year}, {catalogue, kind});
  } catch (error) {
    const reason = error instanceof InputError ? error.message : fileErrorReason(error);
    if (reason !== undefined) throw new InputError(`${relative(process.cwd(), path)}: ${reason}`);
    throw error;
  }
}
