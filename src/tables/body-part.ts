/**
 * How many files the facts are split into by body. Fixed, because the site
 * publishes only files it names literally (`docs/lib/site.js`); at 3,000
 * bodies × 10 years each holds about 94 bodies' facts (0.7 MiB of 24).
 */
export const FACT_PARTS = 32;

/**
 * The partition a body's facts are in: FNV-1a of its id, so the build and the
 * page agree with no manifest to fetch first, and a body keeps its file when
 * others are added.
 */
export function bodyPart(body: string, parts: number = FACT_PARTS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % parts;
}

/** The file name of one partition of the facts: `facts-00.arrow` … */
export function factPartName(part: number): string {
  return `facts-${String(part).padStart(2, "0")}.arrow`;
}
