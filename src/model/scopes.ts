/**
 * The levels of government, highest first, and the words a report uses for the whole of one (全市共受理…). A district's
 * report that quotes the city's figure (全市共受理行政复议申请3,215件) gives a figure of another body: read as the
 * district's own, it would be compared with other districts' as if it were one of them.
 */
export const SCOPE_WORDS: readonly (readonly string[])[] = [
  ["全国", "我国"],
  ["全省", "我省", "本省"],
  ["全市", "全州", "全盟", "我市", "本市", "我州", "本州"],
  // 我区收到…218件 after 全市共收到…2,140件: a clause that names the body itself is its own figure again.
  ["全区", "全县", "全旗", "我区", "本区", "我县", "本县", "我旗", "本旗"],
  ["全镇", "全乡", "全街道", "我镇", "本镇", "我乡", "本乡", "我街道", "本街道"],
];

/**
 * The level of each kind of government body, as an index of `SCOPE_WORDS`. A department has none: a city's 司法局
 * reports the city's figures in its field (全市共办理行政复议案件…) as its own.
 */
const KIND_LEVELS: Readonly<Record<string, number>> = {
  province: 1,
  city: 2,
  district: 3,
  county: 3,
  "new-area": 3,
  "national-hitech-zone": 3,
  "economic-zone": 3,
  town: 4,
};

/** The level of a kind of body (see `BODY_KINDS`), or undefined for a department or a kind not known. */
export function levelOfKind(kind: string | undefined): number | undefined {
  return kind !== undefined && Object.hasOwn(KIND_LEVELS, kind) ? KIND_LEVELS[kind] : undefined;
}
