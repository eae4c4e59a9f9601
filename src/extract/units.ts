/**
 * Counters and units that follow a number in these reports, longest first
 * so that 人次 is not read as 人. A number in Chinese numerals counts as a
 * quantity only when one of these follows it: 一 alone occurs in many words.
 */
export const UNITS = [
  "个百分点",
  "平方米",
  "人次",
  "场次",
  "家次",
  "件次",
  "户次",
  "万元",
  "亿元",
  "万人",
  "大项",
  "小项",
  "个月",
  "小时",
  "公里",
  "项",
  "个",
  "次",
  "家",
  "件",
  "卷",
  "段",
  "人",
  "名",
  "场",
  "份",
  "条",
  "类",
  "户",
  "起",
  "所",
  "支",
  "批",
  "期",
  "篇",
  "本",
  "册",
  "部",
  "套",
  "处",
  "座",
  "元",
  "天",
  "日",
  "年",
  "周",
  "轮",
  "组",
  "种",
  "张",
  "台",
  "辆",
  "位",
  "宗",
  "例",
  "课",
  "节",
  "期",
].filter((unit, i, all) => all.indexOf(unit) === i);

/**
 * The units as a pattern's alternative: the longer ones in order, then the single characters as one class. The same
 * matches as all of them in order (every longer one comes first), found faster: the engine tries a class at once
 * but the alternatives one by one, and this follows every number of every report.
 */
export const UNIT_PATTERN = [
  ...UNITS.filter((unit) => unit.length > 1),
  `[${UNITS.filter((unit) => unit.length === 1).join("")}]`,
].join("|");

/** Units that measure time, not work: a number with one of these is a duration. */
export const TIME_UNITS = new Set(["年", "个月", "周", "天", "日", "小时"]);

/** Units whose figures may be fractional: amounts, areas, distances, time, percentage points. */
export const FRACTIONAL_UNITS = new Set(["元", "万元", "亿元", "个百分点", "平方米", "公里", ...TIME_UNITS]);

/**
 * Units that, with the character after them, make a word: 一部署 is not one 部,
 * 3部门 not three. A number followed by one of these is not a quantity of the unit.
 */
const WORDS: Record<string, string> = {
  部: "署门分委",
  批: "准复示评",
  处: "理置罚室",
  次: "性",
  项: "目",
  件: "事",
  条: "例件款龙线",
  期: "间限",
  份: "额",
  本: "级届",
  位: "置于",
  种: "类",
  名: "称单义录",
  个: "人别",
  台: "账",
  张: "贴",
  座: "谈",
  例: "会",
  类: "型别",
  所: "属有在",
  支: "持付出部",
  起: "来草诉",
  组: "织建成",
  场: "所景地",
  套: "餐",
  节: "点约日",
  轮: "流",
  册: "子",
  宗: "旨教",
  家: "庭长属乡",
  户: "籍口外",
};

export function endsWord(unit: string, next: string | undefined): boolean {
  return next !== undefined && (WORDS[unit]?.includes(next) ?? false);
}
