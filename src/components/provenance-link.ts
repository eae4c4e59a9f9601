/** Where a figure or an item was read: a report and a span of its text. */
export interface SourceSpan {
  body: string;
  year: number;
  start: number;
  end: number;
}

/** The address of the data page with a span of a report highlighted: its file, relative, so it opens on a server that maps no clean URLs and under any sub-path (pages are all at the site's root). */
export function provenanceHref({body, year, start, end}: SourceSpan): string {
  return `./data.html?${new URLSearchParams({body, year: String(year), start: String(start), end: String(end)})}`;
}

/** A link, one click from a figure, to the sentence it was read from. */
export function provenanceLink(span: SourceSpan, label = "查看原文"): HTMLAnchorElement {
  const link = document.createElement("a");
  link.className = "provenance";
  link.href = provenanceHref(span);
  link.textContent = label;
  link.title = "在报告原文中查看这一数字的出处";
  return link;
}
