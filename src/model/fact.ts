import type {TopicId} from "./topics.ts";

import type {Qualifier} from "./qualifiers.ts";

export {QUALIFIERS, type Qualifier} from "./qualifiers.ts";

/** A number as a report writes it, and where: what every number and every fact has. */
export interface Figure {
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** For a range (10至20次), its upper end; `value` is its lower end. */
  value_high?: number;
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
  /**
   * Whether this is the report's figure for its metric (and category), the one
   * pages show. False for a repeat, and for every one of several figures that
   * contradict each other: then the report gives no single figure.
   */
  chosen?: boolean;
}
