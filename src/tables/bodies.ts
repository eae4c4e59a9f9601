import type {Table} from "apache-arrow";
import {BODY_COLUMNS, type Body} from "../corpus/bodies.ts";
import {toArrowTable} from "../io/arrow.ts";

/** The `bodies` table: `data/bodies.csv` as it is, for the pages that name a body's kind. */
export function bodiesTable(bodies: readonly Body[]): Table {
  return toArrowTable(
    Object.fromEntries(BODY_COLUMNS.map((c) => [c, {type: "string" as const, values: bodies.map((b) => b[c])}])),
  );
}
