import type {Table} from "apache-arrow";
import type {ReferenceFigure} from "../corpus/reference.ts";
import {toArrowTable} from "../io/arrow.ts";
import {METRIC_LABELS} from "../model/catalogue.ts";

/** The reference figures as published, with the catalogue's label of each metric beside the source's own wording. */
export function referenceTable(figures: readonly ReferenceFigure[]): Table {
  const column = <K extends keyof ReferenceFigure>(key: K) => figures.map((f) => f[key]);
  return toArrowTable({
    body: {type: "string", values: column("body_id")},
    body_zh: {type: "string", values: column("body_zh")},
    body_kind: {type: "string", values: column("body_kind")},
    year: {type: "int", values: column("year")},
    metric: {type: "string", values: column("metric")},
    label: {type: "string", values: figures.map((f) => METRIC_LABELS.get(f.metric) ?? f.label_zh)},
    category: {type: "string", values: column("category")},
    value: {type: "float", values: column("value")},
    qualifier: {type: "string", values: column("qualifier")},
    unit: {type: "string", values: column("unit")},
    label_zh: {type: "string", values: column("label_zh")},
    source_url: {type: "string", values: column("source_url")},
  });
}
