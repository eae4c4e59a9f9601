import {readFileSync} from "node:fs";
import {relative} from "node:path";
import {csvParse} from "d3";
import {InputError} from "../src/extract/input-error.ts";

/**
 * Reads a curated CSV file (UTF-8, with or without BOM) and checks it has
 * the expected columns and that each row passes `check`. A problem is an
 * error naming the file, the line and what is wrong.
 */
export function readCuratedCsv<T>(
  path: string,
  columns: readonly string[],
  check: (row: Record<string, string>) => T | string,
): T[] {
  const name = relative(process.cwd(), path);
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\ufeff/, "");
  } catch {
    throw new InputError(`${name}: cannot be read`);
  }
  const rows = csvParse(text);
  const missing = columns.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new InputError(`${name}: missing column ${missing.join(", ")}`);
  return rows.map((row, i) => {
    const result = check(row as Record<string, string>);
    if (typeof result === "string") throw new InputError(`${name}, line ${i + 2}: ${result}`);
    return result;
  });
}
