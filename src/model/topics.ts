/**
 * The parts of a rule-of-law report, as the dashboard's pages divide them.
 * A report names its sections in its own words; a section belongs to the
 * first topic whose keywords its heading contains.
 */
export const TOPICS = [
  {id: "study", label: "学习", page: "/study", keywords: /学习|习近平法治思想|法治思想/},
  {id: "enforcement", label: "依法行政与执法", page: "/enforcement", keywords: /依法行政|执法|权责|决策|规范性文件/},
  {id: "services", label: "职能转变", page: "/services", keywords: /职能|营商|服务|放管服/},
  {id: "grassroots", label: "基层治理", page: "/grassroots", keywords: /基层|社会治理|矛盾|纠纷/},
  {id: "outlook", label: "问题与计划", page: "/outlook", keywords: /不足|问题|打算|计划|安排|下一步|思路/},
] as const;

export type TopicId = (typeof TOPICS)[number]["id"] | "other";

/** The page that shows a topic's items and figures; what belongs to no topic is on the data page. */
export function topicPage(topic: TopicId): string {
  return TOPICS.find((t) => t.id === topic)?.page ?? "/data";
}

/** The topic of a section heading, or "other". */
export function topicOf(heading: string): TopicId {
  return TOPICS.find((t) => t.keywords.test(heading))?.id ?? "other";
}
