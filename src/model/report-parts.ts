/**
 * The parts an annual report must contain, as 《法治政府建设与责任落实督察工作规定》
 * (2019) lists them, in its order. `required` is false for the one the rules
 * make optional (其他需要报告的情况).
 */
export const REPORT_PARTS = [
  {id: "measures", label: "主要举措和成效", short: "举措成效", required: true},
  {id: "shortcomings", label: "存在的不足和原因", short: "不足原因", required: true},
  {
    id: "responsibility",
    label: "党政主要负责人履行推进法治建设第一责任人职责情况",
    short: "第一责任人",
    required: true,
  },
  {id: "plans", label: "下一年度主要安排", short: "下年安排", required: true},
  {id: "other", label: "其他需要报告的情况", short: "其他情况", required: false},
] as const;

export type ReportPartId = (typeof REPORT_PARTS)[number]["id"];

/** How a part was found: under a heading of its own, or in sentences that say it without one. */
export type PartEvidence = "heading" | "wording";

/** One required part of a report: present or not, and the heading or sentence that shows it. */
export interface ReportPart {
  part: ReportPartId;
  present: boolean;
  /** Null when the part is absent. */
  via: PartEvidence | null;
  /** The heading or sentence, `text.slice(start, end)`; empty when absent. */
  raw: string;
  start: number;
  end: number;
}

/** The Chinese name of a part, as the rules word it. */
export function partLabel(id: ReportPartId): string {
  return REPORT_PARTS.find((p) => p.id === id)!.label;
}
