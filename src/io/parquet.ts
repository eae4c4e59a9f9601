import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import * as parquet from "parquet-wasm/esm";

let ready = false;

// parquet-wasm is pure WebAssembly: it installs with no native binary and
// works directly on the Arrow data the site already publishes.
function init(): void {
  if (ready) return;
  const wasm = createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");
  parquet.initSync({module: readFileSync(wasm)});
  ready = true;
}

/** Converts an Arrow IPC stream to Parquet (zstd), for analysts' downloads. */
export function arrowStreamToParquet(stream: Uint8Array): Uint8Array {
  init();
  const properties = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.ZSTD).build();
  return parquet.writeParquet(parquet.Table.fromIPCStream(stream), properties);
}

/** Reads a Parquet file back into an Arrow IPC stream. */
export function parquetToArrowStream(bytes: Uint8Array): Uint8Array {
  init();
  return parquet.readParquet(bytes).intoIPCStream();
}
