/**
 * The words that stand between a label and its number and say nothing of
 * what is counted: 共梳理权力事项**共计**1140项, 纠错率**为**8.3%, 涉企检查事项**压减至**32项.
 * A "reduced to" verb glues like 为: the number after it is the count now.
 * Longest first, so that 共计 is not read as 共 and 计.
 */
const GLUE = [
  "压减至",
  "压减到",
  "精简至",
  "精简为",
  "精简到",
  "减少到",
  "减少至",
  "压缩至",
  "压缩到",
  "缩减至",
  "缩减为",
  "降低至",
  "降低到",
  "下降至",
  "下降到",
  "降至",
  "降为",
  "调整为",
  "增加到",
  "增加至",
  "增至",
  "提升至",
  "提升到",
  "提高到",
  "提高至",
  "上升至",
  "上升到",
  "分别为",
  "分别是",
  "分别达",
  "累计达",
  "达到了",
  "总数为",
  "总计为",
  "合计为",
  "共计为",
  "共计",
  "合计",
  "累计",
  "总计",
  "总数",
  "总量",
  "数量",
  "达到",
  "已达",
  "保持",
  "分别",
  "共有",
  "全部",
  "全年",
  "其中",
  "类事项",
  "事项",
  "类",
  "共",
  "达",
  "为",
  "计",
  "有",
  "至",
  "超",
  "逾",
  "均",
  "占",
  "是",
  "了",
  "的",
  "约",
  "近",
  "：",
  ":",
  "、",
  "（",
  "(",
  " ",
  "\u3000",
].sort((a, b) => b.length - a.length);

/**
 * The glue words by their last character, longest first: a label's end is tried only against the words that can end
 * there, not against all of them (this runs several times for every figure).
 */
const GLUE_BY_LAST = new Map<string, string[]>();
for (const word of GLUE) GLUE_BY_LAST.set(word.at(-1)!, [...(GLUE_BY_LAST.get(word.at(-1)!) ?? []), word]);

/** The length of the glue at the end of `text`; an aside in brackets counts as glue (纠错（含撤销、确认违法）11件). */
export function glueAtEnd(text: string): number {
  let end = text.length;
  outer: while (end > 0) {
    const close = text[end - 1]!;
    if (close === "）" || close === ")") {
      const open = text.lastIndexOf(close === "）" ? "（" : "(", end - 1);
      if (open >= 0 && end - open <= 24) {
        end = open;
        continue;
      }
    }
    for (const word of GLUE_BY_LAST.get(close) ?? NONE) {
      if (word.length <= end && text.startsWith(word, end - word.length)) {
        end -= word.length;
        continue outer;
      }
    }
    break;
  }
  return text.length - end;
}

const NONE: readonly string[] = [];

/** The length of the glue at the start of `text` (after a number: 的, a space). */
export function glueAtStart(text: string): number {
  let start = 0;
  while (start < text.length && "的 \u3000）)".includes(text[start]!)) start++;
  return start;
}

/**
 * A number that counts a change, not a total: 比上年增加12件, 同比下降5.7%,
 * 增长12%. "Reduced to" is not a change: the number after it is a count.
 */
export const CHANGE_BEFORE =
  /(?:同比|环比|比上年|较上年|比去年|较去年|较上一年)?(?:增长|增加|下降|减少|上升|提高|降低|多|少|新增了)了?(?:幅度)?(?:为|达)?$/;

/**
 * A comparison with the year before anywhere in the label: 比上年增加行政处罚案件12件 counts the change, whatever
 * the label names between the comparison and the number.
 */
export const COMPARED =
  /(?:同比|环比|[比较](?:上一?年|去年|上年同期|去年同期|(?:19|20)\d{2}年))(?:增长|增加|下降|减少|上升|提高|降低|多|少)/;

/** A number that a later one replaces: 由74项精简为49项, 从120项压减至98项. */
export const FORMER_BEFORE = /[由从]$/;

/** A number of the year before, given to compare with: 去年同期受理62件, 比上年的65件增长20%, 较2023年的58件. */
export const EARLIER_PERIOD = /去年同期|上年同期|上一?年度|去年全年|[较比](?:上一?年|去年|(?:19|20)\d{2}年)的/;
