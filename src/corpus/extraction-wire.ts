import type {Check} from "../model/check.ts";
import type {CheckStatus} from "../model/check-status.ts";
import type {Extraction, ReportInfo} from "../model/extraction.ts";
import type {Fact, Qualifier} from "../model/fact.ts";
import type {Item, ItemKind} from "../model/item.ts";
import type {NumberKind, ReportNumber} from "../model/number.ts";
import type {PartEvidence, ReportPart, ReportPartId} from "../model/report-parts.ts";
import type {TopicId} from "../model/topics.ts";

/**
 * Extractions packed to cross from a worker thread: every number in a typed array (moved, not copied), every string
 * once in one list, and the quoted text of a figure (its `raw`, its sentence) as offsets into the report's text
 * whenever that is what it is. Structured cloning the extraction objects cost the receiving thread about a third of
 * what extracting them had cost the worker, so two threads were hardly faster than one; rebuilt from columns, the
 * objects cost a fraction of that. `unpackExtractions(packExtractions(x))` is equal to `x`, key for key and in order.
 */
export interface PackedExtractions {
  texts: string[];
  strings: string[];
  /** Each report's record, as it is. */
  reports: ReportInfo[];
  /** How many facts, numbers, items, uncounted numbers, parts and checks each report has. */
  counts: Int32Array<ArrayBuffer>;
  ints: Int32Array<ArrayBuffer>;
  floats: Float64Array<ArrayBuffer>;
}

const FACT_INTS = 13;
const NUMBER_INTS = 11;
const ITEM_INTS = 8;
const UNCOUNTED_INTS = 3;
const PART_INTS = 6;
const CHECK_INTS = 7;
const COUNTS = 6;
/** A string that is the text between a figure's offsets, or a value that is absent. */
const FROM_TEXT = -1;
const ABSENT = -2;
const NO_KEY = -3;

/** Packs extractions; the arrays of the result can be transferred. */
export function packExtractions(extractions: readonly Extraction[]): PackedExtractions {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return ABSENT;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const quoted = (s: string, text: string, start: number, end: number) =>
    text.slice(start, end) === s ? FROM_TEXT : id(s);
  let intCount = 0;
  let floatCount = 0;
  for (const e of extractions) {
    intCount +=
      e.facts.length * FACT_INTS +
      e.numbers.length * NUMBER_INTS +
      e.items.length * ITEM_INTS +
      e.uncounted.kind.length * UNCOUNTED_INTS +
      e.parts.length * PART_INTS +
      e.checks.length * CHECK_INTS;
    floatCount += (e.facts.length + e.numbers.length) * 2;
  }
  const ints = new Int32Array(intCount);
  const floats = new Float64Array(floatCount);
  const counts = new Int32Array(extractions.length * COUNTS);
  let n = 0;
  let f = 0;
  extractions.forEach((e, r) => {
    const text = e.text;
    counts.set(
      [e.facts.length, e.numbers.length, e.items.length, e.uncounted.kind.length, e.parts.length, e.checks.length],
      r * COUNTS,
    );
    for (const x of e.facts) {
      floats[f++] = x.value;
      floats[f++] = x.value_high ?? NaN;
      ints[n++] = id(x.metric);
      ints[n++] = id(x.category);
      ints[n++] = x.value_high === undefined ? 0 : 1;
      ints[n++] = id(x.unit);
      ints[n++] = id(x.qualifier);
      ints[n++] = x.start;
      ints[n++] = x.end;
      ints[n++] = quoted(x.raw, text, x.start, x.end);
      ints[n++] = id(x.section) * 4 + (x.chosen === undefined ? 2 : x.chosen ? 1 : 0);
      ints[n++] = id(x.topic);
      ints[n++] = x.sentence_start;
      ints[n++] = x.sentence_end;
      ints[n++] = quoted(x.sentence, text, x.sentence_start, x.sentence_end);
    }
    for (const x of e.numbers) {
      floats[f++] = x.value;
      floats[f++] = x.value_high ?? NaN;
      ints[n++] = id(x.kind);
      ints[n++] = x.value_high === undefined ? 0 : 1;
      ints[n++] = id(x.unit);
      ints[n++] = id(x.qualifier);
      ints[n++] = quoted(x.raw, text, x.start, x.end);
      ints[n++] = x.start;
      ints[n++] = x.end;
      ints[n++] = id(x.metric);
      ints[n++] = id(x.category);
      ints[n++] = id(x.section);
      ints[n++] = id(x.label) * 2 + (x.change ? 1 : 0);
    }
    for (const x of e.items) {
      ints[n++] = id(x.kind);
      ints[n++] = x.name === x.raw ? FROM_TEXT : id(x.name);
      ints[n++] = id(x.detail);
      ints[n++] = quoted(x.raw, text, x.start, x.end);
      ints[n++] = x.start;
      ints[n++] = x.end;
      ints[n++] = id(x.section);
      ints[n++] = id(x.topic);
    }
    const {kind, start, end} = e.uncounted;
    for (let i = 0; i < kind.length; i++) {
      ints[n++] = id(kind[i]);
      ints[n++] = start[i]!;
      ints[n++] = end[i]!;
    }
    for (const x of e.parts) {
      ints[n++] = id(x.part);
      ints[n++] = x.present ? 1 : 0;
      ints[n++] = id(x.via);
      ints[n++] = quoted(x.raw, text, x.start, x.end);
      ints[n++] = x.start;
      ints[n++] = x.end;
    }
    for (const x of e.checks) {
      ints[n++] = id(x.id);
      ints[n++] = id(x.status);
      ints[n++] = id(x.message);
      // A check without a place has no key, or the key with nothing in it: each given back as it was.
      ints[n++] = !("location" in x) ? NO_KEY : x.location === undefined ? ABSENT : 0;
      ints[n++] = x.location ? quoted(x.location.raw, text, x.location.start, x.location.end) : 0;
      ints[n++] = x.location?.start ?? 0;
      ints[n++] = x.location?.end ?? 0;
    }
  });
  return {
    texts: extractions.map((e) => e.text),
    strings,
    reports: extractions.map((e) => e.report),
    counts,
    ints,
    floats,
  };
}

/** The extractions `packExtractions` packed. */
export function unpackExtractions({texts, strings, reports, counts, ints, floats}: PackedExtractions): Extraction[] {
  let n = 0;
  let f = 0;
  const str = (i: number) => strings[i]!;
  const orNull = (i: number) => (i === ABSENT ? null : strings[i]!);
  return texts.map((text, r) => {
    const c = r * COUNTS;
    const facts: Fact[] = new Array(counts[c]!);
    for (let k = 0; k < facts.length; k++) {
      const value = floats[f++]!;
      const high = floats[f++]!;
      const metric = str(ints[n++]!);
      const category = orNull(ints[n++]!);
      const hasHigh = ints[n++]!;
      const unit = str(ints[n++]!);
      const qualifier = str(ints[n++]!) as Qualifier;
      const start = ints[n++]!;
      const end = ints[n++]!;
      const raw = ints[n++]!;
      const sectionChosen = ints[n++]!;
      const topic = str(ints[n++]!) as TopicId;
      const sentenceStart = ints[n++]!;
      const sentenceEnd = ints[n++]!;
      const sentence = ints[n++]!;
      const chosen = sectionChosen & 3;
      const fact: Fact = {
        metric,
        category,
        value,
        value_high: hasHigh ? high : undefined,
        unit,
        qualifier,
        raw: raw === FROM_TEXT ? text.slice(start, end) : str(raw),
        start,
        end,
        section: str(sectionChosen >> 2),
        topic,
        sentence: sentence === FROM_TEXT ? text.slice(sentenceStart, sentenceEnd) : str(sentence),
        sentence_start: sentenceStart,
        sentence_end: sentenceEnd,
        chosen: chosen === 2 ? undefined : chosen === 1,
      };
      facts[k] = fact;
    }
    const numbers: ReportNumber[] = new Array(counts[c + 1]!);
    for (let k = 0; k < numbers.length; k++) {
      const value = floats[f++]!;
      const high = floats[f++]!;
      const kind = str(ints[n++]!) as NumberKind;
      const hasHigh = ints[n++]!;
      const unit = str(ints[n++]!);
      const qualifier = str(ints[n++]!) as Qualifier;
      const raw = ints[n++]!;
      const start = ints[n++]!;
      const end = ints[n++]!;
      const metric = orNull(ints[n++]!);
      const category = orNull(ints[n++]!);
      const section = str(ints[n++]!);
      const labelChange = ints[n++]!;
      numbers[k] = {
        kind,
        value,
        value_high: hasHigh ? high : undefined,
        unit,
        qualifier,
        raw: raw === FROM_TEXT ? text.slice(start, end) : str(raw),
        start,
        end,
        metric,
        category,
        section,
        label: str(labelChange >> 1),
        change: (labelChange & 1) === 1,
      };
    }
    const items: Item[] = new Array(counts[c + 2]!);
    for (let k = 0; k < items.length; k++) {
      const kind = str(ints[n++]!) as ItemKind;
      const name = ints[n++]!;
      const detail = str(ints[n++]!);
      const rawIndex = ints[n++]!;
      const start = ints[n++]!;
      const end = ints[n++]!;
      const section = str(ints[n++]!);
      const topic = str(ints[n++]!) as TopicId;
      const raw = rawIndex === FROM_TEXT ? text.slice(start, end) : str(rawIndex);
      items[k] = {kind, name: name === FROM_TEXT ? raw : str(name), detail, raw, start, end, section, topic};
    }
    const length = counts[c + 3]!;
    const uncounted: Extraction["uncounted"] = {
      kind: new Array(length),
      start: new Array(length),
      end: new Array(length),
    };
    for (let k = 0; k < length; k++) {
      uncounted.kind[k] = str(ints[n++]!) as NumberKind;
      uncounted.start[k] = ints[n++]!;
      uncounted.end[k] = ints[n++]!;
    }
    const parts: ReportPart[] = new Array(counts[c + 4]!);
    for (let k = 0; k < parts.length; k++) {
      const part = str(ints[n++]!) as ReportPartId;
      const present = ints[n++]! === 1;
      const via = orNull(ints[n++]!) as PartEvidence | null;
      const raw = ints[n++]!;
      const start = ints[n++]!;
      const end = ints[n++]!;
      parts[k] = {part, present, via, raw: raw === FROM_TEXT ? text.slice(start, end) : str(raw), start, end};
    }
    const checks: Check[] = new Array(counts[c + 5]!);
    for (let k = 0; k < checks.length; k++) {
      const id = str(ints[n++]!);
      const status = str(ints[n++]!) as CheckStatus;
      const message = str(ints[n++]!);
      const place = ints[n++]!;
      const raw = ints[n++]!;
      const start = ints[n++]!;
      const end = ints[n++]!;
      if (place === NO_KEY) checks[k] = {id, status, message};
      else {
        const location =
          place === ABSENT ? undefined : {start, end, raw: raw === FROM_TEXT ? text.slice(start, end) : str(raw)};
        checks[k] = {id, status, message, location};
      }
    }
    return {report: reports[r]!, text, facts, numbers, uncounted, items, parts, checks};
  });
}
