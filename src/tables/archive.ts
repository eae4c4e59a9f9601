import type {Table} from "apache-arrow";
import JSZip from "jszip";
import {toArrowStream} from "../io/arrow.ts";
import {arrowStreamToParquet} from "../io/parquet.ts";

// Zip entries carry a date; a fixed one keeps two builds of the same data byte-identical.
const EPOCH = new Date("1980-01-01T00:00:00Z");

/**
 * One archive of every published file: each table as an Arrow IPC stream
 * (for DuckDB-WASM) and as Parquet (for downloads), plus any extra files
 * (pages' partitions and manifests, which have no Parquet twin).
 * One loader writes it, so the reports are read once per build however many
 * tables there are; pages attach its members as `data/tables/<name>`.
 */
export async function tablesArchive(
  tables: ReadonlyMap<string, Table>,
  extra: Readonly<Record<string, string | Uint8Array>> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, table] of tables) {
    const stream = toArrowStream(table);
    zip.file(`${name}.arrow`, stream, {date: EPOCH});
    zip.file(`${name}.parquet`, arrowStreamToParquet(stream), {date: EPOCH});
  }
  for (const [name, content] of Object.entries(extra)) zip.file(name, content, {date: EPOCH});
  return zip.generateAsync({type: "uint8array", compression: "STORE"});
}
