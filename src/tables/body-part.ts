/**
 * How many files the facts are split into by body. Fixed, because the site
 * publishes only files it names literally (`docs/lib/site.js`); at 3,000
 * bodies × 10 years each holds about 23 bodies' facts (0.3 MiB of 24), at
 * 30,000 about 234. With 32 the overview fetched and decoded four times as
 * much before its first chart (1 MiB, 6,400 strings); more would add to what
 * every page registers (each file is a line of every page and of site.js).
 */
export const FACT_PARTS = 128;

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

/** The file name of one partition of the facts: `facts-000.arrow` … */
export function factPartName(part: number): string {
  return `facts-${String(part).padStart(3, "0")}.arrow`;
}
