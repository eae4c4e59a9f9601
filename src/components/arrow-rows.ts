import {tableFromIPC} from "@uwdata/flechette";

/**
 * The rows of a published Arrow IPC stream as plain objects, decoded in the
 * page without DuckDB: a chart can be drawn from them while DuckDB-WASM
 * (34 MB of WebAssembly) is still on its way. flechette is small and fast.
 */
export function arrowRows<T = Record<string, unknown>>(bytes: ArrayBuffer | Uint8Array): T[] {
  const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {useBigInt: false});
  return table.toArray() as T[];
}
