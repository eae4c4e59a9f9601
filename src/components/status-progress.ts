import {
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  SHORTCOMING_STATUS_LABELS,
  isPlanStatus,
  type PlanStatus as Status,
} from "../model/plan-status.ts";
import {element} from "./dom.ts";
import {PALETTE} from "./palette.ts";
import {provenanceLink} from "./provenance-link.ts";
import type {ItemRow} from "./item-list.ts";

/**
 * Plans or shortcomings with the status analysts record in
 * `data/plan-status.csv`: a bar of how many stand where, then each item
 * with its status. Status is written as text as well as colour, in the
 * words of the items' kind: a shortcoming is 待整改, a plan 计划中.
 */
export function statusProgress(items: readonly ItemRow[], {title = ""} = {}): HTMLElement {
  const STATUS_LABELS =
    items.every((item) => item.kind === "shortcoming") && items.length > 0
      ? SHORTCOMING_STATUS_LABELS
      : PLAN_STATUS_LABELS;
  const root = element("div", "status-progress");
  const counts = new Map<Status, number>(PLAN_STATUSES.map((s) => [s, 0]));
  for (const item of items) counts.set(status(item), (counts.get(status(item)) ?? 0) + 1);
  const bar = element("div", "status-bar");
  bar.setAttribute("role", "img");
  bar.setAttribute("aria-label", `${title}：` + [...counts].map(([s, n]) => `${STATUS_LABELS[s]}${n}项`).join("，"));
  for (const [s, n] of counts) {
    if (n === 0) continue;
    const part = element("span", `status-part ${s}`, `${STATUS_LABELS[s]} ${n}`);
    part.style.flexGrow = String(n);
    part.style.background = PALETTE.status[s];
    if (s !== "planned") part.style.color = "white";
    bar.append(part);
  }
  root.append(bar);
  const list = element("ol", "status-list");
  for (const item of items) {
    const badge = element("span", `status-badge ${status(item)}`, STATUS_LABELS[status(item)]);
    const entry = element("li", "", badge, " ", item.name, " ", provenanceLink(item, "原文"));
    if (item.evidence && item.evidence_year && item.evidence_start !== null && item.evidence_start !== undefined) {
      const span = {
        body: item.body,
        year: item.evidence_year,
        start: item.evidence_start,
        end: item.evidence_end ?? item.evidence_start,
      };
      entry.append(
        element(
          "div",
          "evidence",
          `${item.evidence_year}年报告：“${item.evidence}”`,
          " ",
          provenanceLink(span, "原文"),
        ),
      );
    } else if (item.evidence_note) {
      entry.append(element("div", "evidence muted", item.evidence_note));
    }
    list.append(entry);
  }
  root.append(list);
  return root;
}

function status(item: ItemRow): Status {
  return item.status && isPlanStatus(item.status) ? item.status : "planned";
}
