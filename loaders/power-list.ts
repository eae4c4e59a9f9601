import type {Table} from "apache-arrow";
import {toArrowTable} from "../src/io/arrow.ts";
import type {Extraction} from "../src/extract/report.ts";

const METRICS = new Set(["power_list.items", "power_list.subitems", "power_list.category"]);

/**
 * The power list (权责清单) of every report: one row per figure, the totals
 * (`power_list.items`, `power_list.subitems`) beside the per-category counts,
 * each with the sentence fragment and offsets it was read from.
 */
export function powerListTable(extractions: readonly Extraction[]): Table {
  const rows = extractions.flatMap(({report, facts}) =>
    facts.filter((f) => METRICS.has(f.metric)).map((f) => ({...f, body: report.body, year: report.year})),
  );
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  return toArrowTable({
    body: {type: "string", values: column("body")},
    year: {type: "int", values: column("year")},
    metric: {type: "string", values: column("metric")},
    category: {type: "string", values: column("category")},
    value: {type: "float", values: column("value")},
    unit: {type: "string", values: column("unit")},
    qualifier: {type: "string", values: column("qualifier")},
    raw: {type: "string", values: column("raw")},
    start: {type: "int", values: column("start")},
    end: {type: "int", values: column("end")},
  });
}
