import {QUALIFIER_LABELS, formatFigure} from "./format.ts";
import type {PublishedFact} from "./report-queries.ts";

/** A fact as the data page's table of all figures shows it; `fact` carries the row for highlighting its sentence. */
export interface FactTableRow {
  指标: string;
  类别: string;
  数值: string;
  限定: string;
  原文: string;
  章节: string;
  fact: PublishedFact;
}

/** Every fact of a report as table rows, a figure not chosen for its metric marked so. */
export function factTableRows(facts: readonly PublishedFact[]): FactTableRow[] {
  return facts.map((f) => ({
    指标: f.label,
    类别: f.category ?? "",
    数值: formatFigure(f.value, f.unit, f.qualifier, f.value_high) + (f.chosen ? "" : "（未采用）"),
    限定: QUALIFIER_LABELS[f.qualifier],
    原文: f.raw,
    章节: f.section,
    fact: f,
  }));
}

/** A topic page's table of its figures; `出处` carries the row for its provenance link. */
export interface TopicFactRow {
  指标: string;
  类别: string;
  数值: number;
  单位: string;
  限定: string;
  原文: string;
  出处: PublishedFact;
}

/** The facts of one topic as table rows. */
export function topicFactRows(facts: readonly PublishedFact[], topic: string): TopicFactRow[] {
  return facts
    .filter((d) => d.topic === topic)
    .map((d) => ({
      指标: d.label,
      类别: d.category ?? "",
      数值: d.value,
      单位: d.unit,
      限定: QUALIFIER_LABELS[d.qualifier],
      原文: d.raw,
      出处: d,
    }));
}

/** The facts with the sentence each was read from, cut from the report's text: what the CSV of all figures holds. */
export function withSentences<F extends {sentence_start: number; sentence_end: number}>(
  facts: readonly F[],
  text: string,
): (F & {sentence: string})[] {
  return facts.map((f) => ({...f, sentence: text.slice(f.sentence_start, f.sentence_end)}));
}
