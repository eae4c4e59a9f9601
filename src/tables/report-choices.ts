import type {Body} from "../corpus/bodies.ts";
import type {Extraction} from "../model/extraction.ts";
import {yearRanges} from "../model/year-ranges.ts";

/**
 * One body as the report selector lists it: its id, its Chinese name, its
 * years, and those of them whose report is invented for tests, both as
 * `yearRanges` writes them (`2015-2024`).
 */
export type BodyChoices = [body: string, body_zh: string, years: string, synthetic: string];

/**
 * What a report selector lists, and nothing else, published as
 * `report-choices.json`: one entry per body, already in the selector's order
 * (by Chinese name, as a zh-CN reader sorts). Every page with a selector reads
 * it before its first chart, so it is shaped for that: at 3,000 bodies × 10
 * years, one row per report as Arrow meant 60,000 strings decoded one by one,
 * 30,000 objects and a sort in the browser, some 50 ms of a cold page; this is
 * one `JSON.parse` of 3,000 short entries (170 KiB).
 */
export function reportChoices(extractions: readonly Extraction[], bodies: readonly Body[]): BodyChoices[] {
  const name = new Map(bodies.map((b) => [b.id, b.name_zh]));
  const years = new Map<string, {all: number[]; synthetic: number[]}>();
  for (const {report} of extractions) {
    // A site's reports all have one (their file is data/reports/<body>/<year>.txt); a year cannot be chosen without it.
    if (report.year === null) continue;
    let entry = years.get(report.body);
    if (!entry) years.set(report.body, (entry = {all: [], synthetic: []}));
    entry.all.push(report.year);
    if (report.synthetic) entry.synthetic.push(report.year);
  }
  const collator = new Intl.Collator("zh-CN");
  return [...years]
    .map(([body, {all, synthetic}]): BodyChoices => [
      body,
      name.get(body) ?? body,
      yearRanges(all),
      yearRanges(synthetic),
    ])
    .sort((a, b) => collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
