import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import * as parquet from "parquet-wasm/esm";

let ready = false;

/**
 * Converts an Arrow IPC stream to Parquet (zstd), for analysts' downloads.
 * parquet-wasm is pure WebAssembly: it installs with no native binary and
 * writes directly from the Arrow data the site already publishes.
 */
export function arrowStreamToParquet(stream: Uint8Array): Uint8Array {
  if (!ready) {
    const wasm = createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");
    parquet.initSync({module: readFileSync(wasm)});
    ready = true;
  }
  const properties = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.ZSTD).build();
  return parquet.writeParquet(parquet.Table.fromIPCStream(stream), properties);
}
