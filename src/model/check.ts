import type {CheckStatus} from "./check-status.ts";

/**
 * The outcome of one check of a report. `fail` marks an error: the figures
 * disagree with each other. `warn` marks something noticed and handled, or
 * worth a look, that does not make a figure wrong. A check never throws.
 */
export interface Check {
  id: string;
  status: CheckStatus;
  message: string;
  /** The span of the text a check is about, when it concerns particular figures: where a reader must look. */
  location?: CheckLocation;
}

/** A span of the decoded text: `text.slice(start, end) === raw`, as for facts. */
export interface CheckLocation {
  start: number;
  end: number;
  raw: string;
}
