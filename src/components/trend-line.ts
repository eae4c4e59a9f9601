import * as Plot from "@observablehq/plot";

export interface TrendPoint {
  year: number;
  value: number;
  series: string;
}

/**
 * Values over years, one line per series. A missing year is a gap, never
 * interpolated: lines join consecutive years only, and every value is a dot.
 */
export function trendLine(data: readonly TrendPoint[], {width = 640, unit = "", label = "趋势"} = {}) {
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  // A null between non-consecutive years: Plot breaks a line at a missing value.
  const withGaps: (TrendPoint | {year: number; value: null; series: string})[] = [];
  for (const series of new Set(data.map((d) => d.series))) {
    const points = data.filter((d) => d.series === series).sort((a, b) => a.year - b.year);
    points.forEach((p, i) => {
      if (i > 0 && p.year - points[i - 1]!.year > 1) withGaps.push({year: p.year - 1, value: null, series});
      withGaps.push(p);
    });
  }
  return Plot.plot({
    width,
    ariaLabel: label,
    ariaDescription: data.map((d) => `${d.series} ${d.year}年 ${d.value}${unit}`).join("；"),
    x: {label: "年份", tickFormat: "d", ticks: years, domain: [years[0]! - 0.5, years[years.length - 1]! + 0.5]},
    y: {label: unit ? `（${unit}）` : null, grid: true, zero: true},
    color: {legend: new Set(data.map((d) => d.series)).size > 1},
    marks: [
      Plot.lineY(withGaps, {x: "year", y: "value", stroke: "series"}),
      Plot.dot(data, {x: "year", y: "value", fill: "series", r: 4, tip: true}),
      Plot.text(data, {x: "year", y: "value", text: (d: TrendPoint) => `${d.value}${unit}`, dy: -10}),
    ],
  });
}
