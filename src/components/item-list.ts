import {element} from "./dom.ts";
import {provenanceLink} from "./provenance-link.ts";

/** A prose item as published in `items.arrow`. */
export interface ItemRow {
  body: string;
  year: number;
  kind: string;
  name: string;
  detail: string | null;
  start: number;
  end: number;
  status?: string | null;
  /** For a plan: the sentence of the next year's report that shows it acted on, and where it stands. */
  evidence?: string | null;
  evidence_year?: number | null;
  evidence_start?: number | null;
  evidence_end?: number | null;
  /** Why there is no evidence: no next report yet, or the next report does not mention the plan. */
  evidence_note?: string | null;
}

/** A structured list of a report's items (systems, areas, forms…), each with what the report says of it and a link to the sentence. */
export function itemList(items: readonly ItemRow[], {empty = "本报告未列出"} = {}): HTMLElement {
  if (items.length === 0) return element("p", "muted empty", empty);
  const list = element("ul", "item-list");
  for (const item of items) {
    const entry = element("li", "", element("strong", "", item.name));
    if (item.detail) entry.append(element("span", "detail", item.detail));
    entry.append(" ", provenanceLink(item, "原文"));
    list.append(entry);
  }
  return list;
}
