/**
 * Each check's name as the office reads it. The id (`power_list.category_sum`)
 * stays the key in the data, the CSV files and tooltips; pages and the build
 * log show the name.
 */
export const CHECK_NAMES: Readonly<Record<string, string>> = {
  "power_list.category_sum": "权责清单各类合计与总数相符",
  "power_list.category_repeats": "权责清单每一类只有一个数",
  "shares.range": "百分比在 0–100 之间",
  "report.year": "正文年份与文件年份相符",
  "report.duplicates": "没有重复段落",
  "report.complete": "正文完整",
  "enforcement.tasks_nested": "执法行动任务层级相符",
  "facts.conflicts": "同一指标只有一个数",
  "numbers.unread": "数字都能采用",
  "text.normalised": "正文为简体字、无不可见字符",
};

/** A check's name; a check added without one shows as 其他核对 rather than its code. */
export function checkName(id: string): string {
  return Object.hasOwn(CHECK_NAMES, id) ? CHECK_NAMES[id]! : "其他核对";
}
