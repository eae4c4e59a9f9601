/** How a report qualifies a number: 近40 is `approx`, 500余 is `more_than`. The qualifier is part of the figure. */
export type Qualifier = "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most";

/** One figure read from a report, with the exact place it was read from. */
export interface Fact {
  /** Catalogue id such as `power_list.category`. */
  metric: string;
  /** For metrics broken down by category (the power list), the canonical category name. */
  category: string | null;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The text the figure was read from; `text.slice(start, end) === raw`. */
  raw: string;
  /** Offsets into the decoded report text, in JavaScript string indices. */
  start: number;
  end: number;
}

/** A report's identity: which body published it, for which year. */
export interface ReportId {
  body: string;
  year: number;
}
