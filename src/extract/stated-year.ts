import type {ReportNumber} from "../model/number.ts";
import type {Paragraph} from "./paragraphs.ts";

/** The year a report says it is about, and where it says so: a span of the text read, as for figures. */
export interface StatedYear {
  /** The years the words name: one, or each year of a range (2023—2024年度). */
  years: number[];
  /** `title`: the report's title line; `opening`: its first sentence starts with the year (2024年，我区…). */
  via: "title" | "opening";
  raw: string;
  start: number;
  end: number;
}

// A title stands on a line of its own, without a full stop, names the field and ends by naming what the text is. A
// web page's navigation (首页 > 法治政府建设 > 2024年) or its date line names a year too, and is no title.
const TITLE = /(?:法治|依法行政)[^]*(?:报告|情况|总结|打算|计划|安排|思路)[)）]?$/;
const MAX_TITLE = 80;
// The lines a report's head holds before its text: a note, the title, a subtitle, the addressee (市政府：).
const HEAD_LINES = 5;
const SENTENCE_END = /[。！？]/;
// 2023年12月 opens a date, not the year reported on.
const MONTH = /^\s*[0-9０-９〇零一二三四五六七八九十]{1,3}\s*月/;

/**
 * The year a report's head states: the year in its title line (the first one not a plan period: a title may
 * name 《纲要（2021－2025年）》 before the year reported on), or the year its first sentence starts with
 * (2024年，…; 二〇二三年以来…, which may begin a report on the year after; not 2024年3月, a date). Undefined when the head states none: a report that starts
 * 今年以来, or has no title. `skip` passes over lines that are not the report's (a note that the text is invented).
 */
export function statedYear(
  paragraphs: readonly Paragraph[],
  numbers: readonly ReportNumber[],
  skip: (paragraph: Paragraph) => boolean,
): StatedYear | undefined {
  for (const paragraph of paragraphs.slice(0, HEAD_LINES)) {
    if (skip(paragraph)) continue;
    const {text, start, end} = paragraph;
    const years = numbers.filter((n) => n.kind === "year" && n.start >= start && n.end <= end);
    const sentence = SENTENCE_END.test(text) || text.length > MAX_TITLE;
    const title = !sentence && TITLE.test(text);
    if (title && years.length > 0) {
      const year = years.find((y) => yearsNamed(y).length === 1) ?? years[0]!;
      return stated(year, "title");
    }
    const first = years[0];
    const rest = first ? text.slice(first.end - start) : "";
    if (first && first.start === start && !MONTH.test(rest)) {
      const opening = stated(first, "opening");
      // 2023年以来，… looks back from the year reported on: a report on 2024 may begin so.
      if (rest.startsWith("以来")) opening.years.push(opening.years.at(-1)! + 1);
      return opening;
    }
    // The first paragraph of running text ends the head.
    if (sentence) return undefined;
  }
  return undefined;
}

function stated(year: ReportNumber, via: StatedYear["via"]): StatedYear {
  return {years: yearsNamed(year), via, raw: year.raw, start: year.start, end: year.end};
}

/** Every year a year token names: 2024年 names 2024; 2023—2024年度 names both, and so does 2021－2025年 (a period). */
function yearsNamed({value, raw}: ReportNumber): number[] {
  const written = raw.match(/(?:19|20|１９|２０)[0-9０-９]{2}/g);
  if (!written || written.length < 2) return [value];
  const [from, to] = written.map((y) => Number(y.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))));
  return Array.from({length: Math.max(1, to! - from! + 1)}, (_, i) => from! + i);
}
