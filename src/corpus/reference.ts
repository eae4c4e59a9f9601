import {join} from "node:path";
import {METRIC_LABELS, METRICS} from "../model/catalogue.ts";
import {UNITS} from "../extract/units.ts";
import {SINGLE_VALUE_QUALIFIERS, type Qualifier} from "../model/qualifiers.ts";
import {readCuratedCsv} from "./curated-csv.ts";

const QUALIFIERS = new Set<Qualifier>(SINGLE_VALUE_QUALIFIERS);
const COLUMNS = [
  "body_id",
  "body_zh",
  "body_kind",
  "year",
  "metric",
  "category",
  "value",
  "qualifier",
  "unit",
  "label_zh",
  "source_url",
] as const;

/** A figure another body published, curated by hand with the address it was read from. Never an extracted fact. */
export interface ReferenceFigure {
  body_id: string;
  body_zh: string;
  body_kind: string;
  year: number;
  metric: string;
  category: string | null;
  value: number;
  qualifier: Qualifier;
  unit: string;
  label_zh: string;
  source_url: string;
}

/**
 * Metrics peers publish that the extractor does not read from reports: the
 * reference table may hold them (the peers page shows them as context), but
 * each must be declared here, so that a mistyped id is an error rather than
 * a figure no page ever compares. Every other id must be the catalogue's.
 */
export const REFERENCE_ONLY_METRICS: ReadonlySet<string> = new Set([
  "accountability.law_reports",
  "enforcement.penalty_items_undertaken",
  "inspection.enterprise_reduction_share",
  "inspection.joint_random_share",
  "inspection.joint_random_tasks",
  "power_list.adjusted",
  "power_list.delegated",
  "power_list.withdrawn",
  "services.integrated_items",
  "services.items",
  "services.licensing_items",
  "services.service_stations",
  "study.sessions_all_levels",
  "training.participants",
  "training.sessions",
]);

/** The units each catalogue metric's figures carry, as the extractor reads them. */
const METRIC_UNITS = new Map(METRICS.map((m) => [m.id, m.units]));
const KNOWN_UNITS = new Set([...UNITS, "%"]);

/**
 * Why a row's unit does not fit its metric, if it does not: a figure in another unit (万项 for 项, 人 for 人次)
 * would be set beside the report's as if it counted the same thing. A reference-only metric needs a unit the
 * extractor reads, not a multiple (0.35万项 is written 3500 项), and a share (`…_share`) is in %.
 */
function unitProblem(metric: string, unit: string): string | undefined {
  const units = METRIC_UNITS.get(metric);
  if (units)
    return units.includes(unit)
      ? undefined
      : `unit "${unit}" does not fit ${metric}, whose figures are in ${units.join(" or ")}`;
  if (metric.endsWith("_share"))
    return unit === "%" ? undefined : `unit "${unit}" does not fit ${metric}, a share: give %`;
  if (!KNOWN_UNITS.has(unit) || /^[万亿]./.test(unit))
    return `unit "${unit}" is not a unit figures are counted in (such as 项, 件, 人次, %): write the value in full (0.35万项 → 3500 项)`;
  return undefined;
}

/** A value as figures are published: digits with at most one decimal point; no sign, exponent, hex or separator. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** `data/reference/*.csv`: peers' published figures; every row needs a value, a known metric and qualifier, and a source address. */
export function readReference(dataDir: string): ReferenceFigure[] {
  return readCuratedCsv(join(dataDir, "reference", "reference-figures.csv"), COLUMNS, {
    // One figure per body, year, metric and category: two different values for it are an error.
    key: (row) => [row.body_id, row.year, row.metric, row.category].join("|"),
    check: (row) => {
      if (!row.body_id || !row.metric) return "body_id and metric are required";
      if (!METRIC_LABELS.has(row.metric) && !REFERENCE_ONLY_METRICS.has(row.metric))
        return `metric "${row.metric}" is not in the catalogue (src/model/catalogue.ts) nor among the reference-only metrics (src/corpus/reference.ts)`;
      // Number() would read 0x10 as 16, 1e3 as 1000 and " 5" as 5: a figure is read only as it is written.
      if (/^[-−－]\s*\d/.test(row.value!))
        return `value "${row.value}" is negative: a published count or share is never below 0`;
      if (!DECIMAL.test(row.value!))
        return `value "${row.value}" is not a number written in digits (such as 1140 or 69.45)`;
      const value = Number(row.value);
      const unit = row.unit === "％" ? "%" : row.unit!;
      const problem = unitProblem(row.metric, unit);
      if (problem) return problem;
      if (unit === "%" && value > 100) return `value ${row.value}% is a share above 100 %`;
      if (!/^(?:19|20)\d\d$/.test(row.year!)) return `year "${row.year}" is not a year`;
      if (!QUALIFIERS.has(row.qualifier as Qualifier))
        return `qualifier "${row.qualifier}" is not one of ${[...QUALIFIERS].join(", ")}`;
      if (!/^https?:\/\/\S+$/.test(row.source_url!)) return `source_url "${row.source_url}" is not a web address`;
      return {
        body_id: row.body_id,
        body_zh: row.body_zh || row.body_id,
        body_kind: row.body_kind!,
        year: Number(row.year),
        metric: row.metric,
        category: row.category || null,
        value,
        qualifier: row.qualifier as Qualifier,
        unit,
        label_zh: row.label_zh!,
        source_url: row.source_url!,
      };
    },
  });
}
