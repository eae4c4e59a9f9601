/** A count as Chinese readers write it in a report: 2,173 → "2173"; grouping commas are not used in these reports. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

/** A share of a total as a percentage with one decimal, "79.1%"; below 0.1% it says "<0.1%" rather than "0.0%". */
export function formatShare(value: number, total: number): string {
  if (total === 0) return "–";
  const percent = (100 * value) / total;
  return percent > 0 && percent < 0.05 ? "<0.1%" : `${percent.toFixed(1)}%`;
}
