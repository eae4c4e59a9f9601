import {formatFigure} from "./format.ts";
import type {TrendFigure} from "./trend-queries.ts";

/** A figure beside the same body's figure a year before, as the 同比变化 table shows it. */
export interface YearOnYearRow {
  单位: string;
  年份: number;
  数值: string;
  上年: string;
  变化: string;
  变化率: string;
  说明: string;
}

/**
 * Year-on-year rows for the figures of the bodies chosen (every body when
 * `bodies` is undefined): a year with no figure the year before gives no row,
 * never a change from zero. A change between approximate figures says so,
 * and one involving invented test data too.
 */
export function yearOnYear(points: readonly TrendFigure[], bodies?: ReadonlySet<string>): YearOnYearRow[] {
  return points
    .filter((d) => bodies === undefined || bodies.has(d.body))
    .flatMap((d) => {
      const previous = points.find((p) => p.body === d.body && p.year === d.year - 1);
      if (!previous) return [];
      const change = d.value - previous.value;
      const sign = change > 0 ? "+" : "";
      const notes = [
        d.qualifier !== "exact" || previous.qualifier !== "exact" ? "含约数，变化仅供参考" : "",
        d.synthetic || previous.synthetic ? "含测试用虚构数据" : "",
      ];
      return [
        {
          单位: d.body_zh,
          年份: d.year,
          数值: formatFigure(d.value, d.unit, d.qualifier),
          上年: formatFigure(previous.value, previous.unit, previous.qualifier),
          变化: `${sign}${Math.round(change * 100) / 100}${d.unit}`,
          变化率: previous.value ? `${sign}${((100 * change) / previous.value).toFixed(1)}%` : "–",
          说明: notes.filter(Boolean).join("；"),
        },
      ];
    });
}
