import type {Table} from "apache-arrow";
import type {Extraction} from "../model/extraction.ts";
import {toArrowTable} from "../io/arrow.ts";

/**
 * The numbers of every report that no metric took: figures of work the
 * catalogue does not hold yet (with the words next to them that say what
 * they count), counts without a value (数百家) and numbers no count can be
 * (-5次). Analysts read it to see what the catalogue still lacks.
 */
export function unmappedNumbersTable(extractions: readonly Extraction[]): Table {
  const rows = extractions.flatMap(({report, numbers}) =>
    numbers
      .filter((n) => n.metric === null && ["quantity", "percent", "vague", "refused"].includes(n.kind))
      .map((n) => ({body: report.body, year: report.year, ...n})),
  );
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key] ?? null);
  return toArrowTable({
    body: {type: "string", values: column("body")},
    year: {type: "int", values: column("year")},
    kind: {type: "string", values: column("kind")},
    label: {type: "text", values: column("label")},
    value: {type: "float", values: column("value")},
    value_high: {type: "float", values: column("value_high")},
    unit: {type: "string", values: column("unit")},
    qualifier: {type: "string", values: column("qualifier")},
    raw: {type: "text", values: column("raw")},
    section: {type: "string", values: column("section")},
    start: {type: "int", values: column("start")},
    end: {type: "int", values: column("end")},
  });
}
