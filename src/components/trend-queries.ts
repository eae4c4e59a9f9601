import {queryTyped, type SqlConnection} from "./duckdb.ts";
import {sqlLiteral} from "./sql-text.ts";
import type {Qualifier} from "../model/fact.ts";
import type {TrendPoint} from "./trend-line.ts";

/** A metric with one figure per report (not per category), and in how many years it is given. */
export interface TrendMetric {
  metric: string;
  label: string;
  unit: string;
  years: number;
}

/** A report's figure for a metric: one point of a trend. */
export interface TrendFigure {
  body: string;
  body_zh: string;
  year: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
  start: number;
  end: number;
  synthetic: number | null;
}

/** A metric's figures as points of a trend line, one series per body, qualifiers kept. */
export function trendPoints(figures: readonly TrendFigure[]): TrendPoint[] {
  return figures.map((d) => ({year: d.year, value: d.value, series: d.body_zh, qualifier: d.qualifier}));
}

/** A category's count and share of one year's power list. */
export interface CategoryShare {
  year: number;
  category: string;
  value: number;
  /** Percent of the year's categories together. */
  share: number;
  synthetic: number | null;
}

/** The metrics a trend can be drawn for, those given in the most years first. */
export function trendMetrics(db: SqlConnection): Promise<TrendMetric[]> {
  return queryTyped<TrendMetric>(
    db,
    `SELECT metric, any_value(label) AS label, any_value(unit) AS unit, count(DISTINCT year) AS years
     FROM facts WHERE category IS NULL
     GROUP BY metric ORDER BY years DESC, metric`,
  );
}

/** Every body with a report, by Chinese name. */
export function reportingBodies(db: SqlConnection): Promise<{body: string; body_zh: string}[]> {
  return queryTyped(db, `SELECT DISTINCT body, body_zh FROM reports ORDER BY body_zh`);
}

/**
 * Each report's figure for a metric: the chosen one, and the first in the
 * report when a report gives it twice. A range is left out, as it is no one value.
 */
export function trendFigures(db: SqlConnection, metric: string): Promise<TrendFigure[]> {
  return queryTyped<TrendFigure>(
    db,
    `SELECT f.body, r.body_zh, f.year, f.value, f.unit, f.qualifier, f.raw, f.start, f."end", r.synthetic
     FROM facts f JOIN reports r USING (body, year)
     WHERE f.metric = ${sqlLiteral(metric)} AND f.category IS NULL AND f.chosen AND f.qualifier <> 'range'
     QUALIFY row_number() OVER (PARTITION BY f.body, f.year ORDER BY f.start) = 1
     ORDER BY f.body, f.year`,
  );
}

/**
 * A body's power-list categories, year by year, with each one's share of its
 * year, from `facts` or from `power_list` (the same rows for the power list, a
 * tenth of the size).
 */
export function categoryShares(
  db: SqlConnection,
  body: string,
  table: "facts" | "power_list" = "facts",
): Promise<CategoryShare[]> {
  return queryTyped<CategoryShare>(
    db,
    `SELECT year, category, value, value / sum(value) OVER (PARTITION BY year) * 100 AS share,
            (SELECT any_value(synthetic) FROM reports r WHERE r.body = f.body AND r.year = f.year) AS synthetic
     FROM ${table} f WHERE body = ${sqlLiteral(body)} AND metric = 'power_list.category' AND chosen
     ORDER BY year, value DESC`,
  );
}
