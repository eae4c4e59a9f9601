import {element} from "./dom.ts";

/**
 * The note above a chart that draws invented test data: which points are
 * invented when `name` says how to name one, else that some are. Nothing when none is.
 */
export function syntheticNote<T extends {synthetic: number | null}>(
  points: readonly T[],
  name?: (point: T) => string,
): HTMLElement | string {
  const invented = points.filter((d) => d.synthetic);
  if (invented.length === 0) return "";
  return element(
    "p",
    "synthetic-note",
    name ? `图中含测试用虚构数据：${invented.map(name).join("、")}` : "图中含测试用虚构数据",
  );
}

/**
 * For each body with one report only (at most 20), what to add for a trend:
 * the report of the year before (no file path: leaders read this).
 */
export function singleYearNotes(points: readonly {body: string; body_zh: string; year: number}[]): HTMLElement[] {
  const years = new Map<string, {body: string; body_zh: string; year: number}[]>();
  for (const point of points) years.set(point.body_zh, [...(years.get(point.body_zh) ?? []), point]);
  return [...years]
    .filter(([, rows]) => rows.length === 1)
    .slice(0, 20)
    .map(([name, [only]]) => {
      const before = only!.year - 1;
      return element(
        "p",
        "muted",
        `${name}只有${only!.year}年一份报告，尚不能形成趋势：加入${before}年及更早的报告后即可显示。`,
      );
    });
}
