import {bodyPart} from "../tables/body-part.ts";
import type {PublishedFact} from "./report-queries.ts";
import {arrowRows} from "./arrow-rows.ts";

/**
 * A table's partitions by body, as `docs/lib/site.js` names them
 * (`FACT_PARTS`, `ITEM_PARTS`, …): its files, by index.
 */
export type BodyPartFiles = readonly (() => Promise<ArrayBuffer>)[];

const decoded = new WeakMap<BodyPartFiles, Map<number, Promise<unknown[]>>>();

/**
 * The rows of a body, and those of the bodies that share its file, of a
 * table split by body, decoded by flechette without DuckDB: a page draws its
 * first content from them while DuckDB-WASM is still on its way. Each file is
 * fetched and decoded once.
 */
export function bodyRows<T>(files: BodyPartFiles, body: string): Promise<T[]> {
  let parts = decoded.get(files);
  if (!parts) decoded.set(files, (parts = new Map()));
  const part = bodyPart(body, files.length);
  let rows = parts.get(part);
  if (!rows) {
    rows = files[part]!().then((bytes) => arrowRows<unknown>(bytes));
    parts.set(part, rows);
  }
  return rows as Promise<T[]>;
}

/** A body's facts (and its file's other bodies'), from `FACT_PARTS`. */
export function bodyFacts(files: BodyPartFiles, body: string): Promise<PublishedFact[]> {
  return bodyRows<PublishedFact>(files, body);
}
