import type {EvidenceRow, ReviewRow} from "../review/review-rows.ts";
import {element} from "./dom.ts";
import {reviewDetail} from "./review-detail.ts";
import {reviewTable} from "./review-table.ts";

export interface ReviewChecklistOptions {
  /** The page's query string: `?year=` chooses the year, `?body=` opens that body's report. */
  search?: string;
  /** Loads the evidence table, once, when a report is first opened: the rows never wait for it. */
  evidence: () => Promise<readonly EvidenceRow[]>;
  /**
   * Every year's rows, when `rows` holds only the newest year's (the table
   * `review-latest`): the table draws those first and loads these after, or
   * first when `?year=` asks for another year.
   */
  all?: () => Promise<readonly ReviewRow[]>;
}

/** The review table and, below it, the evidence of the report the reader opened. */
export function reviewChecklist(
  rows: readonly ReviewRow[],
  {search = "", evidence, all}: ReviewChecklistOptions,
): HTMLElement {
  const params = new URLSearchParams(search);
  const year = params.has("year") ? Number(params.get("year")) : null;
  const detail = element("div", "review-detail-slot");
  detail.setAttribute("aria-live", "polite");
  let loaded: Promise<readonly EvidenceRow[]> | undefined;
  const open = async (row: ReviewRow) => {
    detail.replaceChildren(element("p", "muted", `正在读取${row.body_zh}的依据…`));
    loaded ??= evidence();
    detail.replaceChildren(reviewDetail(row, await loaded));
    detail.scrollIntoView({block: "nearest"});
  };
  const root = element("div", "review-checklist", detail);
  const show = (shown: readonly ReviewRow[], rest?: () => Promise<readonly ReviewRow[]>) => {
    root.prepend(reviewTable(shown, {year, all: rest, onOpen: (row) => void open(row)}));
    const body = params.get("body");
    const linked = shown.find((r) => r.body === body && (year === null || r.year === year));
    if (linked) void open(linked);
  };
  if (all && year !== null && !rows.some((r) => r.year === year)) {
    // A link to another year than the newest: that year's rows are in the whole table only.
    const waiting = element("p", "muted", `正在读取${year}年的报告…`);
    root.prepend(waiting);
    void all().then((every) => {
      waiting.remove();
      show(every);
    });
  } else show(rows, all);
  return root;
}
