import {DEPARTMENT} from "../model/body-kinds.ts";

/** When a body's report on a year is due, and the rule that says so, in Chinese. */
export interface Deadline {
  /** The last day the report may be dated, ISO `YYYY-MM-DD`. */
  due: string;
  rule: string;
}

/** Whether a report's signature date meets its deadline; `unknown` when it is not signed with a date. */
export type Timeliness = "on_time" | "late" | "unknown";

/**
 * The deadline of a report on `year`: a department reports to its government
 * before 1 March of the next year (《法治政府建设与责任落实督察工作规定》 and the
 * provinces' guides built on it); a government reports in the first quarter,
 * by 31 March (《法治政府建设实施纲要》). Zones and new areas report as
 * governments do.
 */
export function deadlineFor(kind: string, year: number): Deadline {
  if (kind === DEPARTMENT) {
    const february = new Date(Date.UTC(year + 1, 2, 0)).getUTCDate();
    return {due: `${year + 1}-02-${february}`, rule: `政府部门于${year + 1}年3月1日前向本级政府报告`};
  }
  return {due: `${year + 1}-03-31`, rule: `地方政府于${year + 1}年第一季度（3月31日前）报告`};
}

/** A signature date against a deadline (ISO dates compare as strings). */
export function timeliness(signedOn: string | null, due: string): Timeliness {
  if (!signedOn) return "unknown";
  return signedOn <= due ? "on_time" : "late";
}
