import type {TopicId} from "./topics.ts";

/** How a report qualifies a number: 近40 is `approx`, 500余 is `more_than`. The qualifier is part of the figure. */
export type Qualifier = "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most";

/** A number as a report writes it, and where: what every number and every fact has. */
export interface Figure {
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The text the figure was read from; `text.slice(start, end) === raw`. */
  raw: string;
  /** Offsets into the decoded report text, in JavaScript string indices. */
  start: number;
  end: number;
}

/** One figure read from a report and mapped to a metric, with the exact place it was read from. */
export interface Fact extends Figure {
  /** Catalogue id such as `power_list.category`. */
  metric: string;
  /** For metrics broken down by category (the power list), the canonical category name. */
  category: string | null;
  /** The outline position of the paragraph, as the report numbers it: "一、(二)". */
  section: string;
  /** The part of the report it belongs to, from its section's heading. */
  topic: TopicId;
  /** The whole sentence the figure stands in, and its offsets: the provenance a reader is shown. */
  sentence: string;
  sentence_start: number;
  sentence_end: number;
}
