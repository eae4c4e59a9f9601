/** Where a plan or a shortcoming stands, as an analyst records it in `data/plan-status.csv`. */
export const PLAN_STATUSES = ["planned", "in_progress", "done"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Each status in Chinese; an item with no recorded status is `planned`. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  planned: "计划中",
  in_progress: "推进中",
  done: "已完成",
};

/** The same statuses said of a shortcoming, which is remedied rather than planned: 待整改, not 计划中. */
export const SHORTCOMING_STATUS_LABELS: Record<PlanStatus, string> = {
  planned: "待整改",
  in_progress: "整改中",
  done: "已整改",
};

/** Whether a string is a plan status (own names only: `constructor` is none). */
export function isPlanStatus(value: string): value is PlanStatus {
  return (PLAN_STATUSES as readonly string[]).includes(value);
}
