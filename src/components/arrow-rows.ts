import {tableFromIPC, type Table} from "@uwdata/flechette";

/** A published Arrow IPC stream, decoded by flechette (columns only: no row is built yet). */
export function arrowTable(bytes: ArrayBuffer | Uint8Array): Table {
  return tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {useBigInt: false});
}

/**
 * The rows of a published Arrow IPC stream as plain objects, decoded in the
 * page without DuckDB: a chart can be drawn from them while DuckDB-WASM
 * (34 MB of WebAssembly) is still on its way. flechette is small and fast.
 */
export function arrowRows<T = Record<string, unknown>>(bytes: ArrayBuffer | Uint8Array): T[] {
  return arrowTable(bytes).toArray() as T[];
}

/**
 * The rows whose `column` holds `value`, as plain objects, in table order. Only
 * those rows are built: a page that shows one body reads a file shared by a
 * hundred, and building every row was most of its time before the first chart.
 */
export function arrowRowsWhere<T = Record<string, unknown>>(table: Table, column: string, value: unknown): T[] {
  const values = table.getChild(column)?.toArray();
  if (!values) return table.toArray() as T[];
  const rows: T[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] === value) rows.push(table.at(i) as T);
  return rows;
}
