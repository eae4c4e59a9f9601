import type {Figure} from "./fact.ts";

/**
 * What a number in a report is. Only `quantity` and `percent` are figures
 * of work; the other kinds are numbers the reader must not mistake for them:
 * a year (2024年), a date, a duration (一年来), an ordinal (第二十五批), a
 * meeting (二十届三中全会), outline numbering (一、 (二) 一是), a name that
 * holds a number (三项制度, “9+1”体系, 12345热线, 〔2024〕3号), or a bare number with no unit.
 * `vague` is a count written without a value (数百家, 几十次); `refused` is a
 * number no count can be (-5次, 0.5件, 1e30), kept so a check can name it.
 */
export type NumberKind =
  | "quantity"
  | "percent"
  | "number"
  | "duration"
  | "year"
  | "date"
  | "ordinal"
  | "meeting"
  | "outline"
  | "name"
  | "vague"
  | "refused";

/** A number found in the text, with its offsets in the decoded report text. */
export interface NumberToken extends Figure {
  kind: NumberKind;
}

/**
 * A number of the report, with the metric it was mapped to (null when none fits) and the words it counts. The
 * scanner makes each number with these fields empty and the mapping fills them in: one object per number, since a
 * report of megabytes holds hundreds of thousands.
 */
export interface ReportNumber extends NumberToken {
  metric: string | null;
  category: string | null;
  section: string;
  /** For a figure: the words next to it that say what it counts (主动公开政府信息), mapped or not. */
  label: string;
  /** The figure counts a change (同比增长12%, 比上年多19件), a value a later one replaces (由74项…) or the year before's (去年同期…). */
  change: boolean;
}
