import {QUALIFIER_WORDS, type Qualifier} from "../model/qualifiers.ts";

export {QUALIFIER_LABELS, QUALIFIER_WORDS} from "../model/qualifiers.ts";

/** A count as these reports write it: 2173, 69.45; grouping commas are not used in them. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

/** A large number the Chinese way where it reads better: 12000 → "1.2万", 230000000 → "2.3亿"; below 10000 exact. */
export function formatChinese(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万`;
  return formatCount(value);
}

function trim(value: number): string {
  return value.toFixed(value >= 100 ? 0 : 1).replace(/\.0$/, "");
}

/** A share of a total as a percentage with one decimal, "79.1%"; below 0.05% it says "<0.1%" rather than "0.0%". */
export function formatShare(value: number, total: number): string {
  if (total === 0) return "–";
  return formatPercent((100 * value) / total);
}

/** A percentage already computed, written as {@link formatShare} writes shares: "79.1%", "<0.1%". */
export function formatPercent(percent: number): string {
  return percent > 0 && percent < 0.05 ? "<0.1%" : `${percent.toFixed(1)}%`;
}

/** A figure with its qualifier and unit, as a reader should say it: "约40次", "不少于70%", a range "10–20次". */
export function formatFigure(
  value: number,
  unit: string,
  qualifier: Qualifier = "exact",
  high?: number | null,
): string {
  if (qualifier === "range" && high != null) return `${formatCount(value)}–${formatCount(high)}${unit}`;
  return `${QUALIFIER_WORDS[qualifier]}${formatCount(value)}${unit}`;
}
