import type {AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";
import {openDuckDB, queryTyped, type DuckDBAssets} from "./duckdb.ts";
import type {ReportChoice} from "./report-selector.ts";

/**
 * What a page is given by `docs/lib/site.js`: DuckDB-WASM's files and each
 * published table's Arrow file. Framework must see those addresses written
 * literally in the page's own folder, so they stay there; the rest is here.
 */
export interface SiteFiles {
  duckdb: DuckDBAssets;
  tables: Readonly<Record<string, () => Promise<ArrayBuffer>>>;
}

/** What every report page starts from: the database with its tables, and the reports to choose from. */
export interface ReportPage {
  db: AsyncDuckDBConnection;
  /** Newest first, then by body id: the report selector's choices. */
  reports: ReportChoice[];
}

/**
 * Opens a page: DuckDB-WASM with the named tables (all when none are named)
 * and the list of reports. The report selector and what depends on the
 * chosen report go in later code blocks: Framework re-runs a block when a
 * `view()` of an earlier block changes, never the block that declared it.
 */
export async function openReportPage(files: SiteFiles, names?: readonly string[]): Promise<ReportPage> {
  const db = await openTables(files, names);
  const tables = names ?? Object.keys(files.tables);
  const reports = tables.includes("reports") ? await listReports(db) : [];
  return {db, reports};
}

/** DuckDB-WASM with the named published tables loaded, fetched in parallel. */
export async function openTables(files: SiteFiles, names?: readonly string[]): Promise<AsyncDuckDBConnection> {
  const wanted = names ?? Object.keys(files.tables);
  const buffers = await Promise.all(
    wanted.map((name) => {
      const file = files.tables[name];
      if (!file) throw new Error(`没有名为 ${name} 的数据表`);
      return file();
    }),
  );
  return openDuckDB(files.duckdb, Object.fromEntries(wanted.map((name, i) => [name, buffers[i]!])));
}

/** The reports there are to choose from, newest first. */
export function listReports(db: AsyncDuckDBConnection): Promise<ReportChoice[]> {
  return queryTyped<ReportChoice>(db, `SELECT body, body_zh, year, synthetic FROM reports ORDER BY year DESC, body`);
}
