import type {Extraction} from "../model/extraction.ts";

/** The sentence of the next year's report that best shows a plan was acted on. */
export interface Evidence {
  year: number;
  sentence: string;
  start: number;
  end: number;
  /** The weighted share of the plan's character pairs found in the sentence, 0–1. */
  score: number;
}

/** Below this a sentence shares only boilerplate with the plan (持续推进, 加强…), not its substance. */
export const EVIDENCE_THRESHOLD = 0.4;

/**
 * For each plan of a report, the sentence of the same body's next report
 * that covers most of the plan's wording, weighted so that pairs of characters
 * common to every sentence (法治, 推进) count little and distinctive ones
 * (规范性文件, 公平竞争审查) count much. Keyed by `body|year|start` of the plan;
 * plans whose next report is missing or says nothing close are absent.
 */
export function findPlanEvidence(extractions: readonly Extraction[]): Map<string, Evidence> {
  const byReport = new Map(extractions.map((e) => [`${e.report.body}|${e.report.year}`, e]));
  const found = new Map<string, Evidence>();
  for (const extraction of extractions) {
    const {body, year} = extraction.report;
    if (year === null) continue;
    const next = byReport.get(`${body}|${year + 1}`);
    const plans = extraction.items.filter((i) => i.kind === "plan");
    if (!next || plans.length === 0) continue;
    const sentences = sentencesOf(next);
    const weight = inverseFrequency(sentences.map((s) => bigrams(s.sentence)));
    for (const plan of plans) {
      const wanted = bigrams(plan.name);
      const total = [...wanted].reduce((sum, b) => sum + (weight.get(b) ?? maxWeight(sentences.length)), 0);
      let best: Evidence | undefined;
      for (const s of sentences) {
        if (next.items.some((i) => i.kind === "plan" && i.start >= s.start && i.end <= s.end)) continue; // a plan is not its own evidence
        const have = bigrams(s.sentence);
        const covered = [...wanted].reduce((sum, b) => sum + (have.has(b) ? (weight.get(b) ?? 0) : 0), 0);
        const score = total > 0 ? covered / total : 0;
        if (!best || score > best.score) best = {year: year + 1, ...s, score: Math.round(score * 1000) / 1000};
      }
      if (best && best.score >= EVIDENCE_THRESHOLD) found.set(`${body}|${year}|${plan.start}`, best);
    }
  }
  return found;
}

function sentencesOf(extraction: Extraction): {sentence: string; start: number; end: number}[] {
  const out: {sentence: string; start: number; end: number}[] = [];
  for (const m of extraction.text.matchAll(/[^。；;！？!?\n]+[。；;！？!?]?/g)) {
    const sentence = m[0].trim();
    if (sentence.length < 6) continue;
    const start = m.index + m[0].indexOf(sentence);
    out.push({sentence, start, end: start + sentence.length});
  }
  // The text may hold a paragraph twice; its first copy is the one to point at.
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.sentence) && seen.add(s.sentence));
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s，,。；;、：:“”《》()（）]/g, "")];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

function inverseFrequency(documents: readonly Set<string>[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const d of documents) for (const b of d) count.set(b, (count.get(b) ?? 0) + 1);
  return new Map([...count].map(([b, n]) => [b, Math.log((1 + documents.length) / n)]));
}

function maxWeight(documents: number): number {
  return Math.log(1 + documents);
}
