import {bodyPart} from "../tables/body-part.ts";
import type {PublishedFact} from "./report-queries.ts";
import type {Table} from "@uwdata/flechette";
import {arrowRowsWhere, arrowTable} from "./arrow-rows.ts";
import {preferredReport} from "./report-selector.ts";

/**
 * A table's partitions by body, as `docs/lib/site.js` names them
 * (`FACT_PARTS`, `ITEM_PARTS`, …): its files, by index.
 */
export type BodyPartFiles = readonly (() => Promise<ArrayBuffer>)[];

const decoded = new WeakMap<BodyPartFiles, Map<number, Promise<Table>>>();
const byBody = new WeakMap<BodyPartFiles, Map<string, Promise<unknown[]>>>();

/**
 * The rows of a body, of a table split by body, decoded by flechette without
 * DuckDB: a page draws its first content from them while DuckDB-WASM is still
 * on its way. Each file is fetched and decoded once, and a body's rows are
 * built once, when first asked for.
 */
export function bodyRows<T>(files: BodyPartFiles, body: string): Promise<T[]> {
  let bodies = byBody.get(files);
  if (!bodies) byBody.set(files, (bodies = new Map()));
  let rows = bodies.get(body);
  if (!rows) {
    rows = partTable(files, bodyPart(body, files.length)).then((table) => arrowRowsWhere(table, "body", body));
    bodies.set(body, rows);
  }
  return rows as Promise<T[]>;
}

function partTable(files: BodyPartFiles, part: number): Promise<Table> {
  let parts = decoded.get(files);
  if (!parts) decoded.set(files, (parts = new Map()));
  let table = parts.get(part);
  if (!table) {
    table = files[part]!().then(arrowTable);
    parts.set(part, table);
  }
  return table;
}

/** A body's facts, from `FACT_PARTS`. */
export function bodyFacts(files: BodyPartFiles, body: string): Promise<PublishedFact[]> {
  return bodyRows<PublishedFact>(files, body);
}

/**
 * Starts fetching the rows of the body the page will open on (named in the
 * address, or chosen before), before the list of reports is read and the
 * selector built: the body's files are then on their way, or there, when the
 * page asks for them.
 */
export function prefetchBodyRows(...tables: BodyPartFiles[]): void {
  const {body} = preferredReport();
  // A failed fetch is reported where the page asks for the rows; here it would only be unhandled.
  if (body) for (const files of tables) bodyRows(files, body).catch(() => {});
}
