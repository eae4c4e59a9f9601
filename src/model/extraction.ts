import type {Check} from "./check.ts";
import type {Fact} from "./fact.ts";
import type {Item} from "./item.ts";
import type {ReportNumber} from "./number.ts";
import type {ReportPart} from "./report-parts.ts";
import type {UncountedNumbers} from "./uncounted.ts";

/** Which body published a report, for which year; `year` is null when neither the path nor the text gives it. */
export interface ReportId {
  body: string;
  year: number | null;
}

/** What the extractor knows of a report as a whole. */
export interface ReportInfo extends ReportId {
  /** SHA-256 of the file's bytes, so a figure can be traced to the exact file it came from. */
  sha256: string;
  /** Length of the decoded text, in JavaScript string indices. */
  chars: number;
  /** Paragraphs dropped because the same paragraph came earlier in the text. */
  duplicates_removed: number;
  /** Whether the text says, in its first line, that it is invented for tests or benchmarks. Pages label such data. */
  synthetic: boolean;
  /** The date the report is signed on, from the issuing body's signature at its end (ISO `YYYY-MM-DD`), or null. */
  signed_on: string | null;
}

export interface Extraction {
  report: ReportInfo;
  /** The decoded text that every offset points into. */
  text: string;
  /** The figures mapped to a metric of the catalogue. */
  facts: Fact[];
  /** Every figure in the text (quantities, percentages, counts without a value, impossible counts), mapped or not, and every year and date, each with its kind. */
  numbers: ReportNumber[];
  /** The numbers that count nothing (outline numbering, ordinals, names, meetings, durations, bare numbers). */
  uncounted: UncountedNumbers;
  /** The lists the report gives in prose: shortcomings, plans, areas, forms, systems, documents… */
  items: Item[];
  /** The parts the rules require of a report (measures, shortcomings, the first responsible person, plans, other), each present or not, with its heading or sentence. */
  parts: ReportPart[];
  checks: Check[];
}
