import type {BodyChoices} from "../tables/report-choices.ts";
import {rangeYears, yearRanges} from "../model/year-ranges.ts";
import type {ReportChoice} from "./report-selector.ts";

/** A body a selector lists: its id and its Chinese name. */
export interface NamedBody {
  body: string;
  body_zh: string;
}

/**
 * The reports a selector offers, by body: the bodies in the order listed, and
 * each body's reports newest first, built when that body is chosen. At 3,000
 * bodies × 10 years, one object per report and a sort were some 35 ms of a
 * cold page before its first chart; this keeps the 3,000 entries as published
 * and finds a body by looking through them, which a choice does once.
 */
export class ReportChoices {
  readonly #entries: readonly BodyChoices[];
  #bodies: NamedBody[] | undefined;
  readonly #built = new Map<string, ReportChoice[]>();

  /** From the site's `report-choices.json` (see `reportChoices`): entries already in the selector's order. */
  constructor(entries: readonly BodyChoices[]) {
    this.#entries = entries;
  }

  /** Groups a list of reports (one row each, from any query) by body, the bodies by Chinese name. */
  static from(reports: readonly ReportChoice[]): ReportChoices {
    const byBody = new Map<string, {body_zh: string; years: number[]; synthetic: number[]}>();
    for (const {body, body_zh, year, synthetic} of reports) {
      let entry = byBody.get(body);
      if (!entry) byBody.set(body, (entry = {body_zh, years: [], synthetic: []}));
      entry.years.push(year);
      if (synthetic) entry.synthetic.push(year);
    }
    const entries = [...byBody].map(([body, e]): BodyChoices => [
      body,
      e.body_zh,
      yearRanges(e.years),
      yearRanges(e.synthetic),
    ]);
    return new ReportChoices(entries.sort((a, b) => compareNames(a[1], b[1])));
  }

  /** The bodies, in the order a selector lists them. */
  get bodies(): readonly NamedBody[] {
    return (this.#bodies ??= this.#entries.map(([body, body_zh]) => ({body, body_zh})));
  }

  /** A body's reports, newest first; none for a body not listed. */
  reports(body: string): readonly ReportChoice[] {
    let built = this.#built.get(body);
    if (!built) {
      const entry = this.#entries.find((e) => e[0] === body);
      if (!entry) return [];
      const [, body_zh, years, synthetic] = entry;
      const invented = new Set(rangeYears(synthetic));
      built = rangeYears(years)
        .reverse()
        .map((year) => ({body, body_zh, year, synthetic: invented.has(year) ? 1 : 0}));
      this.#built.set(body, built);
    }
    return built;
  }

  /** Whether a body has a report for a year. */
  has(body: string, year: number): boolean {
    return this.reports(body).some((r) => r.year === year);
  }
}

// One collator for every sort: localeCompare makes one per comparison, a tenth of a second at 3,000 bodies. Made when
// first needed: the first Intl object of a page costs 15–25 ms, and a page whose list comes sorted needs none.
let collator: Intl.Collator | undefined;

/** Compares two Chinese names as a zh-CN reader sorts them (by pinyin). */
export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator("zh-CN")).compare(a, b);
}

/**
 * The site's list of reports, as `docs/lib/site.js` fetches it
 * (`report-choices.json`), for `reportSelector`.
 *
 * ```js
 * const reports = reportChoices(await REPORT_CHOICES());
 * const report = view(reportSelector(reports));
 * ```
 */
export function reportChoices(published: readonly BodyChoices[]): ReportChoices {
  return new ReportChoices(published);
}
