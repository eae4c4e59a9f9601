/**
 * Years written as runs, oldest first: 2015–2024 and 2026 as `2015-2024,2026`;
 * none as "". How `report-choices.json` lists a body's years, a tenth of the
 * size of a list of numbers, read at the start of every page.
 */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    runs.push(first === sorted[i] ? `${first}` : `${first}-${sorted[i]}`);
  }
  return runs.join(",");
}

/** The years of `yearRanges`' text, oldest first. */
export function rangeYears(ranges: string): number[] {
  const years: number[] = [];
  if (!ranges) return years;
  for (const run of ranges.split(",")) {
    const [first, last = first] = run.split("-").map(Number) as [number, number?];
    for (let year = first; year <= last; year++) years.push(year);
  }
  return years;
}
