import {checkName} from "../model/check-names.ts";
import {element} from "./dom.ts";
import {provenanceLink, type SourceSpan} from "./provenance-link.ts";

/** A row of the published `checks` table. */
export interface CheckRow extends SourceSpan {
  id: string;
  status: "pass" | "warn" | "fail" | "skip";
  message: string;
  /** The passage the check concerns, or null when it concerns the whole report. */
  raw: string | null;
}

const OUTCOMES: Record<CheckRow["status"], string> = {
  pass: "✓ 通过",
  warn: "⚠ 提示",
  fail: "✗ 不通过",
  skip: "— 不适用",
};

/**
 * A report's checks, one a line: the outcome, the check's name in Chinese
 * (its id in the tooltip, for analysts), the message, and for a check that
 * did not pass, the passage it concerns with a link that highlights it.
 */
export function checkList(checks: readonly CheckRow[]): HTMLElement {
  const list = element("ul", "checks");
  list.id = "checks";
  for (const check of checks) {
    const name = element("span", "check-name", checkName(check.id));
    name.title = `核对编号：${check.id}`;
    const item = element(
      "li",
      `check-${check.status}`,
      element("span", "", OUTCOMES[check.status]),
      " ",
      name,
      "：",
      check.message,
    );
    if (check.raw !== null && check.status !== "pass") {
      const where = element("span", "check-where", `（原文第 ${check.start}–${check.end} 字：“${check.raw}” `);
      where.append(provenanceLink(check, "在原文中高亮"), "）");
      item.append(where);
    }
    list.append(item);
  }
  return list;
}
