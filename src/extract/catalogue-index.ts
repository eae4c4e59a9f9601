import {canonicalCategory} from "../model/categories.ts";
import {METRICS, PART_OF, SUBJECTS, type Metric, type Subject} from "../model/catalogue.ts";
import {firstChars, type FirstChars} from "./first-chars.ts";
import {phrasePattern, type PhrasePattern} from "./phrase-pattern.ts";

/** A metric ready for matching: its phrases compiled. */
export interface CompiledMetric extends Metric {
  patterns: readonly PhrasePattern[];
  /** For a categorised metric, the power-list category each phrase names (null for none), in the order of `patterns`. */
  categories: readonly (string | null)[];
  /** Whether a label could hold one of the metric's phrases: one test instead of a search per phrase. */
  mayMatch(label: string): boolean;
  /** Whether one of its phrases names a part (涉企检查事项), so a label that restricts to a part may still be its. */
  namesPart: boolean;
}

/** A subject ready for matching: the words its figures' labels may hold without saying which figure, longest first. */
export interface CompiledSubject extends Subject {
  transparent: readonly string[];
  /** `role`, compiled as phrases: 法院…受理 fits 区人民法院全年受理. */
  roles: readonly PhrasePattern[];
}

/** The catalogue as the extractor uses it: metrics by the unit they accept, subjects with their keywords. */
export interface CatalogueIndex {
  metrics: readonly CompiledMetric[];
  byUnit: ReadonlyMap<string, readonly CompiledMetric[]>;
  /** For each unit's list in `byUnit`, which of its metrics a label could name (`mayMatch` is tried only for those). */
  startsByUnit: ReadonlyMap<string, FirstChars>;
  byId: ReadonlyMap<string, CompiledMetric>;
  /** The metrics that are a kind of each metric (`narrows`), by the id of the broader one. */
  narrower: ReadonlyMap<string, readonly CompiledMetric[]>;
  subjects: readonly CompiledSubject[];
  /** Every subject keyword, longest first, to find all mentions in a paragraph in one pass. */
  keywords: RegExp;
  subjectOf: ReadonlyMap<string, CompiledSubject>;
}

/** Words that stand between a subject and the number and say nothing of which of its figures it is; quotation marks. */
const TRANSPARENT = ["案件", "申请", "事项", "类", "的", "“", "”", "‘", "’", '"'];

/** Compiles a catalogue; the default is fazhi's own, and `data/metric-phrases.csv` extends it. */
export function indexCatalogue(
  metrics: readonly Metric[] = METRICS,
  subjects: readonly Subject[] = SUBJECTS,
): CatalogueIndex {
  const compiled = metrics.map((m) => ({
    ...m,
    patterns: m.phrases.map(phrasePattern),
    categories: m.phrases.map((p) => (m.categorised ? (canonicalCategory(p) ?? null) : null)),
    mayMatch: anyWordOf(m.phrases),
    namesPart: m.phrases.some((p) => PART_OF.some((part) => p.includes(part))),
  }));
  const byUnit = new Map<string, CompiledMetric[]>();
  for (const metric of compiled) {
    for (const unit of metric.units) byUnit.set(unit, [...(byUnit.get(unit) ?? []), metric]);
  }
  const startsByUnit = new Map(
    [...byUnit].map(([unit, list]) => [unit, firstChars(list.map((m) => m.phrases.map((p) => p.split("…")[0]!)))]),
  );
  const narrower = new Map<string, CompiledMetric[]>();
  for (const metric of compiled) {
    if (metric.narrows) narrower.set(metric.narrows, [...(narrower.get(metric.narrows) ?? []), metric]);
  }
  const compiledSubjects = subjects.map((subject) => ({
    ...subject,
    transparent: [...subject.keywords, ...(subject.nouns ?? []), ...TRANSPARENT].sort((a, b) => b.length - a.length),
    roles: (subject.role ?? []).map(phrasePattern),
  }));
  const subjectOf = new Map(compiledSubjects.flatMap((subject) => subject.keywords.map((k) => [k, subject] as const)));
  const words = [...subjectOf.keys()].sort((a, b) => b.length - a.length);
  return {
    metrics: compiled,
    byUnit,
    startsByUnit,
    byId: new Map(compiled.map((m) => [m.id, m])),
    narrower,
    subjects: compiledSubjects,
    // With no subject, a pattern that never matches: an empty alternation would match everywhere.
    keywords: new RegExp(words.length ? words.map(escape).join("|") : "(?!)", "g"),
    subjectOf,
  };
}

export const DEFAULT_CATALOGUE: CatalogueIndex = indexCatalogue();

/** A test for any word of the phrases (for "报备…规范性文件", its first word); true always for an empty phrase. */
function anyWordOf(phrases: readonly string[]): (label: string) => boolean {
  if (phrases.some((p) => p === "")) return () => true;
  const words = [...new Set(phrases.map((p) => p.split("…")[0]!))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(words.map(escape).join("|"));
  return (label) => pattern.test(label);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
