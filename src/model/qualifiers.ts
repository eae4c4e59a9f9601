/**
 * How a report qualifies a number: 近40 is `approx`, 500余 is `more_than`,
 * 10至20次 is a `range` from `value` to `value_high`. The qualifier is part of
 * the figure: a range is never one of its ends, an approximate figure never exact.
 */
export const QUALIFIERS = ["exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The qualifiers a curated figure (peers' published numbers) may carry: one value each, so never a range. */
export const SINGLE_VALUE_QUALIFIERS = QUALIFIERS.filter((q): q is Exclude<Qualifier, "range"> => q !== "range");

/** How a qualifier reads before a figure: 约40, 超过500. Exact figures have none. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approx: "约",
  more_than: "超过",
  at_least: "不少于",
  less_than: "不足",
  at_most: "不超过",
  range: "",
};

/** The qualifier itself, named for a table column. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "精确",
  approx: "约数",
  more_than: "超过",
  at_least: "不少于",
  less_than: "不足",
  at_most: "不超过",
  range: "范围",
};
