import {bodyPart} from "../tables/body-part.ts";
import type {PublishedFact} from "./report-queries.ts";
import {arrowRows} from "./arrow-rows.ts";

/** The facts partitions by body, as `docs/lib/site.js` names them: `FACT_PARTS` files, by index. */
export type FactPartFiles = readonly (() => Promise<ArrayBuffer>)[];

const decoded = new WeakMap<FactPartFiles, Map<number, Promise<PublishedFact[]>>>();

/**
 * A body's facts, and those of the bodies that share its file, decoded by
 * flechette without DuckDB: a page draws its first chart from them while
 * DuckDB-WASM is still on its way. Each file is fetched and decoded once.
 */
export function bodyFacts(files: FactPartFiles, body: string): Promise<PublishedFact[]> {
  let parts = decoded.get(files);
  if (!parts) decoded.set(files, (parts = new Map()));
  const part = bodyPart(body, files.length);
  let rows = parts.get(part);
  if (!rows) {
    rows = files[part]!().then((bytes) => arrowRows<PublishedFact>(bytes));
    parts.set(part, rows);
  }
  return rows;
}
