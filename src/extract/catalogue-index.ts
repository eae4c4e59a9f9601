import {METRICS, SUBJECTS, type Metric, type Subject} from "../model/catalogue.ts";
import {phrasePattern, type PhrasePattern} from "./phrase-pattern.ts";

/** A metric ready for matching: its phrases compiled. */
export interface CompiledMetric extends Metric {
  patterns: readonly PhrasePattern[];
}

/** The catalogue as the extractor uses it: metrics by the unit they accept, subjects with their keywords. */
export interface CatalogueIndex {
  metrics: readonly CompiledMetric[];
  byUnit: ReadonlyMap<string, readonly CompiledMetric[]>;
  subjects: readonly Subject[];
  byId: ReadonlyMap<string, CompiledMetric>;
}

/** Compiles a catalogue; the default is fazhi's own, and `data/metric-phrases.csv` extends it. */
export function indexCatalogue(metrics: readonly Metric[] = METRICS, subjects: readonly Subject[] = SUBJECTS) {
  const compiled = metrics.map((m) => ({...m, patterns: m.phrases.map(phrasePattern)}));
  const byUnit = new Map<string, CompiledMetric[]>();
  for (const metric of compiled) {
    for (const unit of metric.units) byUnit.set(unit, [...(byUnit.get(unit) ?? []), metric]);
  }
  return {metrics: compiled, byUnit, subjects, byId: new Map(compiled.map((m) => [m.id, m]))} as CatalogueIndex;
}

export const DEFAULT_CATALOGUE: CatalogueIndex = indexCatalogue();
