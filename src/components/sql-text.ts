import type {ReportChoice} from "./report-selector.ts";

/** A SQL literal: ids come from the data, but quoting them keeps any id (and any text a reader typed) safe. */
export function sqlLiteral(value: string | number): string {
  return typeof value === "number" ? String(value) : `'${value.replaceAll("'", "''")}'`;
}

/** The condition that selects one report's rows, in any table keyed by `body` and `year`. */
export function whereReport({body, year}: Pick<ReportChoice, "body" | "year">): string {
  return `body = ${sqlLiteral(body)} AND year = ${sqlLiteral(year)}`;
}
