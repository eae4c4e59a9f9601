// DuckDB-WASM's files, which Framework publishes because they are resolved here. Apart from site.js, whose name
// changes with every table: a rebuild after only reports changed works that name out without Framework
// (src/build/module-hash.ts), which it could not do for a package's file resolved in the module itself.

export const DUCKDB = {
  wasm: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
  worker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"),
};
