import {element} from "./dom.ts";
import {provenanceLink} from "./provenance-link.ts";
import type {CheckRow} from "./report-queries.ts";

/** How a page words its banner: what failed, and what that means for the figures below it. */
export interface CheckAlertsOptions {
  /** Before the check's message: "核对未通过" by default. */
  lead?: string;
  /** After it: what a reader should do with the figures. */
  advice?: string;
  /** Whether to link to the sentence the check read, where it has one. */
  link?: boolean;
}

/**
 * A banner per failed check, above a page's figures: a site published
 * despite a failed check (FAZHI_ALLOW_FAILED_CHECKS) says so where the figures
 * are read, not only on the data page.
 */
export function checkAlerts(
  failed: readonly Pick<CheckRow, "message" | "body" | "year" | "start" | "end">[],
  {lead = "核对未通过", advice = "", link = false}: CheckAlertsOptions = {},
): HTMLElement[] {
  return failed.map((check) => {
    const alert = element("p", "check-alert", `✗ ${lead}：${check.message}${advice ? `。${advice}` : ""}`);
    alert.setAttribute("role", "alert");
    if (link && check.start !== null && check.end !== null) {
      alert.append(
        provenanceLink({body: check.body, year: check.year, start: check.start, end: check.end}, "查看原文出处"),
      );
    }
    return alert;
  });
}
