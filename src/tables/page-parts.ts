import {Dictionary, Table, Utf8, vectorFromArray, type DataType, type Vector} from "apache-arrow";
import {toArrowStream} from "../io/arrow.ts";
import {bodyPart, FACT_PARTS} from "./body-part.ts";

/** The file name of one partition of a table split by body: `items-00.arrow` … */
export function bodyPartName(table: string, part: number): string {
  return `${table}-${String(part).padStart(3, "0")}.arrow`;
}

/**
 * A published table split by its `body` column into `FACT_PARTS` Arrow
 * streams, by the same hash as the facts, with the whole table's columns and
 * types and its rows in their order: a page that shows one report fetches its
 * body's file and reads there exactly the rows the whole table holds for it.
 * Every file is written, empty ones too, as the site names each.
 */
export function bodyPartFiles(table: Table, name: string): Record<string, Uint8Array> {
  const body = table.getChild("body");
  if (!body) throw new Error(`数据表 ${name} 没有 body 列，无法按单位拆分`);
  const rows: number[][] = Array.from({length: FACT_PARTS}, () => []);
  for (let i = 0; i < table.numRows; i++) rows[bodyPart(String(body.get(i)))]!.push(i);
  return Object.fromEntries(
    rows.map((indices, part) => [bodyPartName(name, part), toArrowStream(pick(table, indices))]),
  );
}

/** The rows of `table` at `indices`, as a new table of the same schema. */
function pick(table: Table, indices: readonly number[]): Table {
  const vectors: Record<string, Vector> = {};
  for (const field of table.schema.fields) {
    const column = table.getChild(field.name)!;
    const values = indices.map((i) => column.get(i) as unknown);
    vectors[field.name] = vectorFromArray(values, partType(field.type as DataType, values.length));
  }
  return new Table(vectors);
}

// As in toArrowTable: an empty partition's strings are plain, since DuckDB-WASM refuses a stream
// whose dictionary batch is missing, and apache-arrow writes none for an empty dictionary.
function partType(type: DataType, rows: number): DataType {
  if (!(type instanceof Dictionary)) return type;
  return rows === 0 ? new Utf8() : new Dictionary(type.dictionary, type.indices, type.id);
}
