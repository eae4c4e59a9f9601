import type {Table} from "apache-arrow";
import {METRIC_LABELS} from "../model/catalogue.ts";
import type {Fact} from "../model/fact.ts";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable, type Column} from "./arrow.ts";

/** One published row: a fact and the report it was read from. */
export type FactRow = Fact & {body: string; year: number | null; label: string};

/** The facts of the given reports as rows, each with its body, year and Chinese label (the CLI's CSV and JSON). */
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

type FactColumn = keyof typeof FACT_COLUMNS;

/**
 * The facts of the given reports, each with its body, year and Chinese label, as an Arrow table with a fixed schema
 * whatever the rows. The columns are filled straight from the facts: a row object per fact, read back key by key,
 * took as long as the rest of publishing them.
 */
export function factsTable(
  extractions: readonly Extraction[],
  keep: (fact: Fact) => boolean = () => true,
  labels: ReadonlyMap<string, string> = METRIC_LABELS,
): Table {
  const values = Object.fromEntries(Object.keys(FACT_COLUMNS).map((name) => [name, [] as unknown[]])) as Record<
    FactColumn,
    unknown[]
  >;
  for (const {report, facts} of extractions) {
    for (const f of facts) {
      if (!keep(f)) continue;
      values.body.push(report.body);
      values.year.push(report.year);
      values.metric.push(f.metric);
      values.label.push(labels.get(f.metric) ?? f.metric);
      values.category.push(f.category);
      values.value.push(f.value);
      values.value_high.push(f.value_high ?? null);
      values.unit.push(f.unit);
      values.qualifier.push(f.qualifier);
      values.raw.push(f.raw);
      values.start.push(f.start);
      values.end.push(f.end);
      values.section.push(f.section);
      values.topic.push(f.topic);
      values.sentence_start.push(f.sentence_start);
      values.sentence_end.push(f.sentence_end);
      values.chosen.push(f.chosen ?? null);
    }
  }
  const columns: Record<string, Column> = {};
  for (const [name, type] of Object.entries(FACT_COLUMNS)) columns[name] = {type, values: values[name as FactColumn]};
  return toArrowTable(columns);
}
