import type {AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";

/**
 * What the queries of pages need of a database: DuckDB-WASM's connection in
 * the browser, or any connection that answers SQL with Arrow rows (the
 * tests use DuckDB-WASM's blocking build in Node).
 */
export interface SqlConnection {
  query(sql: string): Promise<{toArray(): {toJSON(): unknown}[]}>;
}

/** Where the page serves DuckDB-WASM's files; pages get them with `import.meta.resolve`, so they are published beside the page. */
export interface DuckDBAssets {
  /** `@duckdb/duckdb-wasm/dist/duckdb-eh.wasm` */
  wasm: string;
  /** `@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js` */
  worker: string;
}

/**
 * Starts DuckDB-WASM from files served by the site itself, never from a CDN,
 * and loads each table from an Arrow IPC stream (no extension needed, unlike
 * Parquet, whose reader DuckDB-WASM downloads at run time).
 */
export async function openDuckDB(
  assets: DuckDBAssets,
  tables: Record<string, ArrayBuffer | Uint8Array> = {},
): Promise<AsyncDuckDBConnection> {
  // Loaded on first use, not with the page: a page can draw from Arrow files before DuckDB is wanted.
  const {AsyncDuckDB, ConsoleLogger, LogLevel} = await import("@duckdb/duckdb-wasm");
  // The site republishes the worker as an ES module, so it must start as a module worker.
  const worker = new Worker(assets.worker, {type: "module"});
  const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
  await db.instantiate(assets.wasm);
  const connection = await db.connect();
  // DuckDB would otherwise download an extension from its own host the moment a query needs one
  // (a JSON cast, a Parquet read): the page's Content-Security-Policy does not reach into the worker.
  await connection.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
  for (const [name, bytes] of Object.entries(tables)) {
    await connection.insertArrowFromIPCStream(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {
      name,
      create: true,
    });
  }
  return connection;
}

/** Runs a query and returns plain objects, with DuckDB's BIGINT and DECIMAL turned into numbers. */
export async function queryRows(connection: SqlConnection, sql: string): Promise<Record<string, unknown>[]> {
  const table = await connection.query(sql);
  return table.toArray().map((row) => {
    const object: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row.toJSON() as Record<string, unknown>)) {
      object[key] = typeof value === "bigint" ? Number(value) : value;
    }
    return object;
  });
}

/** Rows of a query the caller knows the shape of: the columns its SQL selects, named as the row type names them. */
export async function queryTyped<Row>(connection: SqlConnection, sql: string): Promise<Row[]> {
  return (await queryRows(connection, sql)) as Row[];
}
