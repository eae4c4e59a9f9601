import type {SourceSpan} from "./provenance-link.ts";

/** The span a link from another page asks the data page to highlight (`?body=…&year=…&start=…&end=…`), or null. */
export function linkedSpan(search: string): SourceSpan | null {
  const params = new URLSearchParams(search);
  if (!params.has("start")) return null;
  return {
    body: params.get("body") ?? "",
    year: Number(params.get("year")),
    start: Number(params.get("start")),
    end: Number(params.get("end")),
  };
}

/**
 * Which sentence the data page highlights: the one of the figure chosen in
 * its table, else the span a link asked for when it is in the report shown.
 */
export function highlightedSpan(
  chosen: {sentence_start: number; sentence_end: number} | null | undefined,
  linked: SourceSpan | null,
  report: {body: string; year: number},
): {start: number; end: number} | null {
  if (chosen) return {start: chosen.sentence_start, end: chosen.sentence_end};
  return linked && linked.body === report.body && linked.year === report.year ? linked : null;
}
