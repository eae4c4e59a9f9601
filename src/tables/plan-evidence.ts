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
    const pairs = sentences.map((s) => bigrams(s.sentence));
    const weight = inverseFrequency(pairs);
    // A plan of the next report is not evidence of this one's: its sentences are left out.
    const nextPlans = next.items.filter((i) => i.kind === "plan");
    const candidates = sentences.flatMap((s, k) =>
      nextPlans.some((i) => i.start >= s.start && i.end <= s.end) ? [] : [{sentence: s, have: pairs[k]!}],
    );
    for (const plan of plans) {
      const wanted = bigrams(plan.name);
      let total = 0;
      for (const b of wanted) total += weight.get(b) ?? maxWeight(sentences.length);
      let best: Evidence | undefined;
      for (const {sentence: s, have} of candidates) {
        let covered = 0;
        for (const b of wanted) covered += have.has(b) ? (weight.get(b) ?? 0) : 0;
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

/** Pairs of neighbouring characters (code points), each pair as one number: a set of strings was most of the work. */
function bigrams(text: string): Set<number> {
  const clean = text.replace(/[\s，,。；;、：:“”《》()（）]/g, "");
  const pairs = new Set<number>();
  let previous = -1;
  for (let i = 0; i < clean.length;) {
    const point = clean.codePointAt(i)!;
    i += point > 0xffff ? 2 : 1;
    if (previous >= 0) pairs.add(previous * 0x110000 + point);
    previous = point;
  }
  return pairs;
}

function inverseFrequency(documents: readonly Set<number>[]): Map<number, number> {
  const count = new Map<number, number>();
  for (const d of documents) for (const b of d) count.set(b, (count.get(b) ?? 0) + 1);
  for (const [b, n] of count) count.set(b, Math.log((1 + documents.length) / n));
  return count;
}

function maxWeight(documents: number): number {
  return Math.log(1 + documents);
}
