/**
 * What a check of a report's figures found: `pass`, `warn` (worth a look,
 * not wrong), `fail` (figures that disagree: the build stops unless told
 * to publish anyway), `skip` (nothing in the report to check).
 */
export const CHECK_STATUSES = ["pass", "warn", "fail", "skip"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Each status in Chinese, as the data page and CSV readers see it. */
export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  pass: "通过",
  warn: "提示",
  fail: "不通过",
  skip: "不适用",
};

/** Each status with its mark, so that it reads without colour: "✓ 通过". */
export const CHECK_STATUS_MARKS: Record<CheckStatus, string> = {
  pass: `✓ ${CHECK_STATUS_LABELS.pass}`,
  warn: `⚠ ${CHECK_STATUS_LABELS.warn}`,
  fail: `✗ ${CHECK_STATUS_LABELS.fail}`,
  skip: `— ${CHECK_STATUS_LABELS.skip}`,
};
