import type {Table} from "apache-arrow";
import {toArrowTable} from "../io/arrow.ts";
import {AREAS, areaLabel} from "../model/areas.ts";
import type {Metric} from "../model/catalogue.ts";

/** The catalogue as published: every metric with its label, unit, area and phrases, for the coverage matrix and SQL. */
export function metricsTable(catalogue: readonly Metric[]): Table {
  // In the programme's order of areas, and the catalogue's order within each: `position` orders the matrix.
  const area = (m: Metric) => AREAS.findIndex((a) => a.id === m.area);
  const metrics = [...catalogue].sort((a, b) => area(a) - area(b));
  return toArrowTable({
    metric: {type: "string", values: metrics.map((m) => m.id)},
    label: {type: "string", values: metrics.map((m) => m.label)},
    unit: {type: "string", values: metrics.map((m) => m.unit)},
    area: {type: "string", values: metrics.map((m) => m.area)},
    area_label: {type: "string", values: metrics.map((m) => areaLabel(m.area))},
    position: {type: "int", values: metrics.map((_, i) => i)},
    phrases: {type: "text", values: metrics.map((m) => m.phrases.filter((p) => p !== "").join("、"))},
  });
}
