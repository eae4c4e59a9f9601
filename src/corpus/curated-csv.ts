import {readFileSync} from "node:fs";
import {relative} from "node:path";
import {CsvError, parse} from "csv-parse/sync";
import {decodeText} from "../extract/decode.ts";
import {InputError} from "../extract/input-error.ts";

/** A row of a curated file: its values by column, and the physical line it starts on. */
export type CsvRow = Readonly<Record<string, string>>;

export interface CuratedCsvOptions<T> {
  /** Checks one row: the value it stands for, or why it is wrong. */
  check: (row: CsvRow) => T | string;
  /**
   * What identifies a row (a body's id; a plan's body, year, kind and text).
   * Two rows with the same key and different values are an error: which one
   * is right is for the analyst to say, not for the order of the lines.
   * Identical rows are read once, with a warning.
   */
  key?: (row: CsvRow) => string;
  /** Where warnings go; stderr, which the build prints. */
  warn?: (line: string) => void;
  /** Columns added to the file's layout later: a file written before them still reads, each value "". */
  optional?: readonly string[];
  /**
   * Checks each row against all the others, once every row is read (a department's government may come after it):
   * given all, a check of one row giving why it is wrong, if it is.
   */
  across?: (all: readonly T[]) => (value: T) => string | undefined;
}

/**
 * Reads a curated CSV file, which an analyst edits by hand or in Excel, and
 * stops at the first problem with `file:line: reason`, the line being where
 * the row starts in the file (a quoted note may span several lines).
 *
 * - Bytes are decoded as reports are (`decodeText`): UTF-8 with or without
 *   BOM, UTF-16, or GB18030, which Excel writes on a Chinese Windows PC.
 * - Parsed by csv-parse, strictly: an unclosed quote, a stray quote in an
 *   unquoted field and a row with more or fewer fields than the header are
 *   errors. (d3-dsv, which the pages use, accepts all three silently, and a
 *   short row would read as empty values.)
 * - The header must hold each expected column exactly once, and no other.
 * - Rows are plain records without a prototype, so no value is found on
 *   Object's (`constructor`, `toString`).
 */
export function readCuratedCsv<T>(
  path: string,
  columns: readonly string[],
  checkOrOptions: CuratedCsvOptions<T>["check"] | CuratedCsvOptions<T>,
): T[] {
  const {
    check,
    key,
    warn = (line: string) => process.stderr.write(`${line}\n`),
    optional = [],
    across,
  } = typeof checkOrOptions === "function" ? {check: checkOrOptions} : checkOrOptions;
  const name = relative(process.cwd(), path);
  const fail = (line: number, reason: string): never => {
    throw new InputError(`${name}:${line}: ${reason}`);
  };
  const records = parseRecords(name, readText(name, path));
  if (records.length === 0) fail(1, "文件没有表头行：第一行应是列名");
  const [header, ...rows] = records;
  checkHeader(header!, columns, optional, fail);
  const seen = new Map<string, {line: number; values: string}>();
  const results: T[] = [];
  const lines: number[] = [];
  for (const {line, fields} of rows) {
    const row: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const column of optional) row[column] = "";
    header!.fields.forEach((column, i) => (row[column] = fields[i]!));
    if (key) {
      const id = key(row);
      const values = JSON.stringify(fields);
      const earlier = seen.get(id);
      if (earlier) {
        if (earlier.values !== values)
          fail(line, `与第 ${earlier.line} 行${describeKey(id)}相同而取值不同：请删去其中错的一行`);
        warn(`${name}:${line}: 与第 ${earlier.line} 行完全相同，只读一次`);
        continue;
      }
      seen.set(id, {line, values});
    }
    const result = check(row);
    if (typeof result === "string") fail(line, result);
    results.push(result as T);
    lines.push(line);
  }
  if (across) {
    const checkRow = across(results);
    results.forEach((value, i) => {
      const reason = checkRow(value);
      if (reason !== undefined) fail(lines[i]!, reason);
    });
  }
  return results;
}

function describeKey(id: string): string {
  return `的键“${id.length > 80 ? `${id.slice(0, 79)}…` : id}”`;
}

function readText(name: string, path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${name}: ${code === "ENOENT" ? "没有这个文件" : `无法读取（${code ?? "错误"}）`}`);
  }
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/** Every record with the physical line it starts on; a malformed one is `file:line: reason`, at the line it starts. */
function parseRecords(name: string, text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  // Lines consumed by the records read so far: the next record starts after them (and after any blank lines).
  let consumed = 0;
  try {
    parse(text, {
      bom: true,
      raw: true,
      skip_empty_lines: true,
      // With `raw`, each record comes as {record, raw}: its fields and its text, blank lines before it included.
      on_record: (parsed: unknown) => {
        const {record: fields, raw} = parsed as {record: string[]; raw: string};
        const blank = /^\n*/.exec(raw)![0].length;
        records.push({line: consumed + blank + 1, fields});
        consumed += countLines(raw);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const rest = text.split("\n").slice(consumed);
    const blank = rest.findIndex((line) => line !== "");
    throw new InputError(`${name}:${consumed + Math.max(blank, 0) + 1}: ${reason(error)}`);
  }
  return records;
}

function countLines(raw: string): number {
  let n = 0;
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) n++;
  return n;
}

/** csv-parse's error, in the words of someone editing the file. */
function reason(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return '引号没有闭合（少了一个 "）';
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const [, expected, got] = /expect (\d+), got (\d+)/.exec(error.message) ?? [];
      return `这一行有 ${got ?? "不同数目的"} 列，表头有 ${expected ?? "不同数目的"} 列：请检查逗号`;
    }
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return '没有加引号的字段里有 "，或引号后还有文字：请给整个字段加引号，字段内的 " 写成 ""';
    default:
      return error.message.split("\n")[0]!;
  }
}

function checkHeader(
  header: CsvRecord,
  columns: readonly string[],
  optional: readonly string[],
  fail: (line: number, reason: string) => never,
) {
  const names = header.fields;
  const twice = names.filter((c, i) => names.indexOf(c) !== i);
  if (twice.length) fail(header.line, `列 ${twice.join("、")} 出现了两次`);
  const missing = columns.filter((c) => !names.includes(c) && !optional.includes(c));
  if (missing.length) fail(header.line, `缺少列 ${missing.join("、")}`);
  const unknown = names.filter((c) => !columns.includes(c));
  if (unknown.length) fail(header.line, `不认识的列 ${unknown.join("、")}（应有的列：${columns.join(",")}）`);
}
