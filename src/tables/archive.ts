import type {Table} from "apache-arrow";
import JSZip from "jszip";
import {toArrowStream} from "../io/arrow.ts";
import {arrowStreamToParquet} from "../io/parquet.ts";

// Zip entries carry a date; a fixed one keeps two builds of the same data byte-identical.
const EPOCH = new Date("1980-01-01T00:00:00Z");

/** Each table as an Arrow IPC stream (for DuckDB-WASM) and as Parquet (for downloads), by file name. */
export function tableFiles(tables: ReadonlyMap<string, Table>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, table] of tables) {
    const stream = toArrowStream(table);
    files[`${name}.arrow`] = stream;
    files[`${name}.parquet`] = arrowStreamToParquet(stream);
  }
  return files;
}

/** Files as one zip archive, stored uncompressed (Arrow and Parquet are compact already), the same bytes every time. */
export function zipFiles(files: Readonly<Record<string, string | Uint8Array>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, {date: EPOCH});
  return zip.generateAsync({type: "uint8array", compression: "STORE"});
}

/** Every table's files as one archive (see `tableFiles`), with any extra files. */
export function tablesArchive(
  tables: ReadonlyMap<string, Table>,
  extra: Readonly<Record<string, string | Uint8Array>> = {},
): Promise<Uint8Array> {
  return zipFiles({...tableFiles(tables), ...extra});
}
