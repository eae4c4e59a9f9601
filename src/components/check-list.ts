import {element} from "./dom.ts";
import {checkName} from "../model/check-names.ts";
import {CHECK_STATUS_MARKS} from "../model/check-status.ts";
import {provenanceLink} from "./provenance-link.ts";
import type {CheckRow} from "./report-queries.ts";

/**
 * A report's checks as list items: the outcome in words, the check's name in
 * Chinese (its id in the tooltip, for analysts), the message, and for a check
 * that did not pass, the passage it concerns with a link that highlights it.
 */
export function checkList(checks: readonly CheckRow[]): HTMLLIElement[] {
  return checks.map((check) => {
    const name = element("span", "check-name", checkName(check.id));
    name.title = `核对编号：${check.id}`;
    const item = element(
      "li",
      `check-${check.status}`,
      element("span", "", CHECK_STATUS_MARKS[check.status]),
      " ",
      name,
      "：",
      check.message,
    ) as HTMLLIElement;
    if (check.raw !== null && check.status !== "pass" && check.start !== null && check.end !== null) {
      const span = {body: check.body, year: check.year, start: check.start, end: check.end};
      const where = element("span", "check-where", `（原文第 ${check.start}–${check.end} 字：“${check.raw}” `);
      where.append(provenanceLink(span, "在原文中高亮"), "）");
      item.append(where);
    }
    return item;
  });
}
