import type {AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";
import {openDuckDB, queryTyped, type DuckDBAssets, type SqlConnection} from "./duckdb.ts";
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
export function listReports(db: SqlConnection): Promise<ReportChoice[]> {
  return queryTyped<ReportChoice>(db, `SELECT body, body_zh, year, synthetic FROM reports ORDER BY year DESC, body`);
}

/**
 * For `Generators.observe`: gives null at once, then, once the page has
 * drawn (after its `fazhi-first-chart` mark when `afterMark` is given, else
 * after the next paint), DuckDB-WASM with the tables the page has already
 * read and the others it names. A page can draw its first chart from Arrow
 * files while DuckDB (some 34 MB) waits, not competing with that chart.
 */
export function databaseAfterFirstPaint(
  files: SiteFiles,
  loaded: Readonly<Record<string, ArrayBuffer>>,
  more: readonly string[],
  afterMark?: string,
): (notify: (db: AsyncDuckDBConnection | null) => void) => void {
  return (notify) => {
    notify(null);
    const start = async () => {
      const fetched = await Promise.all(more.map((name) => files.tables[name]!()));
      const tables = {...loaded, ...Object.fromEntries(more.map((name, i) => [name, fetched[i]!]))};
      const connection = await openDuckDB(files.duckdb, tables);
      performance.mark("fazhi-duckdb-ready");
      notify(connection);
    };
    if (afterMark === undefined) requestAnimationFrame(start);
    else void markSet(afterMark).then(() => requestAnimationFrame(start));
  };
}

/** Resolves once the page has set the named performance mark. */
function markSet(name: string): Promise<void> {
  if (performance.getEntriesByName(name, "mark").length) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({type: "mark"});
  });
}
