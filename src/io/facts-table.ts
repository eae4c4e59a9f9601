import type {Table} from "apache-arrow";
import {METRIC_LABELS} from "../model/catalogue.ts";
import type {Fact} from "../model/fact.ts";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable, type Column} from "./arrow.ts";

/** One published row: a fact and the report it was read from. */
export type FactRow = Fact & {body: string; year: number | null; label: string};

/** The facts of the given reports, each with its body, year and Chinese label. */
export function factRows(
  extractions: readonly Extraction[],
  keep: (fact: Fact) => boolean = () => true,
  labels: ReadonlyMap<string, string> = METRIC_LABELS,
): FactRow[] {
  return extractions.flatMap(({report, facts}) =>
    facts
      .filter(keep)
      .map((f) => ({body: report.body, year: report.year, label: labels.get(f.metric) ?? f.metric, ...f})),
  );
}

/**
 * The columns of a facts table, in the order they are published. The
 * sentence itself is left out (its offsets stay): it repeats the report text,
 * which is published once, and would be most of the table's size.
 */
export const FACT_COLUMNS: Record<Exclude<keyof FactRow, "sentence">, Column["type"]> = {
  body: "string",
  year: "int",
  metric: "string",
  label: "string",
  category: "string",
  value: "float",
  value_high: "float",
  unit: "string",
  qualifier: "string",
  raw: "string",
  start: "int",
  end: "int",
  section: "string",
  topic: "string",
  sentence_start: "int",
  sentence_end: "int",
  chosen: "bool",
};

/** Facts as an Arrow table with a fixed schema, whatever the rows. */
export function factsTable(rows: readonly FactRow[]): Table {
  const columns: Record<string, Column> = {};
  for (const [name, type] of Object.entries(FACT_COLUMNS)) {
    columns[name] = {type, values: rows.map((row) => row[name as keyof typeof FACT_COLUMNS] ?? null)};
  }
  return toArrowTable(columns);
}
