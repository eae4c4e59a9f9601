/**
 * The eleven categories of a power list (权责清单), in the order the State
 * Council's guidance lists them. Reports write them in any order.
 */
export const POWER_CATEGORIES = [
  "行政许可",
  "行政处罚",
  "行政强制",
  "行政征收",
  "行政给付",
  "行政检查",
  "行政确认",
  "行政奖励",
  "行政裁决",
  "其他行政权力",
  "公共服务",
] as const;

export type PowerCategory = (typeof POWER_CATEGORIES)[number];

/** Other spellings found in reports, mapped to the canonical name. */
const ALIASES: Record<string, PowerCategory> = {
  其它行政权力: "其他行政权力",
  其他权力: "其他行政权力",
  其它权力: "其他行政权力",
  其他职权: "其他行政权力",
  其他行政职权: "其他行政权力",
  // Short forms a list of the power list's categories uses (许可类152项、处罚类1,203项): only with 类, and only where the
  // power list is the subject, so 检查 or 处罚 alone never makes a category.
  许可类: "行政许可",
  处罚类: "行政处罚",
  强制类: "行政强制",
  征收类: "行政征收",
  给付类: "行政给付",
  检查类: "行政检查",
  确认类: "行政确认",
  奖励类: "行政奖励",
  裁决类: "行政裁决",
  其他类: "其他行政权力",
};

/** The canonical category for a name as written, or undefined when it is not one. */
export function canonicalCategory(name: string): PowerCategory | undefined {
  return (POWER_CATEGORIES as readonly string[]).includes(name)
    ? (name as PowerCategory)
    : Object.hasOwn(ALIASES, name)
      ? ALIASES[name]
      : undefined;
}

/** Every spelling of every category, longest first so a regex alternation prefers the full name. */
export const CATEGORY_SPELLINGS: readonly string[] = [...POWER_CATEGORIES, ...Object.keys(ALIASES)].sort(
  (a, b) => b.length - a.length,
);
