/**
 * The areas of 《法治政府建设实施纲要（2021－2025年）》 a metric belongs to,
 * numbered as the outline numbers its chapters. The catalogue files each
 * metric under one of them, so a page can group figures the way the
 * programme every report answers to groups its tasks.
 */
export const AREAS = [
  {id: "functions", label: "健全政府机构职能体系", chapter: "二"},
  {id: "rules", label: "健全依法行政制度体系", chapter: "三"},
  {id: "decisions", label: "健全行政决策制度体系", chapter: "四"},
  {id: "enforcement", label: "健全行政执法工作体系", chapter: "五"},
  {id: "disputes", label: "健全社会矛盾纠纷行政预防调处化解体系", chapter: "七"},
  {id: "oversight", label: "健全行政权力制约和监督体系", chapter: "八"},
  {id: "technology", label: "健全法治政府建设科技保障体系", chapter: "九"},
  {id: "leadership", label: "加强党的领导，完善法治政府建设推进机制", chapter: "十"},
] as const;

export type AreaId = (typeof AREAS)[number]["id"];

export const AREA_IDS: ReadonlySet<string> = new Set(AREAS.map((a) => a.id));

/** The Chinese label of an area id. */
export function areaLabel(id: string): string {
  return AREAS.find((a) => a.id === id)?.label ?? id;
}
