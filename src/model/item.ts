import type {TopicId} from "./topics.ts";

/** What a piece of a report's prose is, once read as data. */
export const ITEM_KINDS = {
  shortcoming: "存在的不足",
  plan: "下一年工作打算",
  dispute_area: "矛盾纠纷排查领域",
  service_form: "服务形式",
  system: "制度体系",
  study_form: "学习形式",
  document: "文件与法规",
  award: "荣誉与典型案例",
  reform: "改革举措",
  measure: "工作举措",
} as const;

export type ItemKind = keyof typeof ITEM_KINDS;

/** A piece of prose a report gives as a list (plans, shortcomings, areas, forms…), with its place in the text. */
export interface Item {
  kind: ItemKind;
  /** The item itself, short: 婚恋家庭, 云帮办, 三项制度, or a plan's whole text. */
  name: string;
  /** What the report says with it: 线上服务 for 云帮办; the clause around a named system; "" when nothing. */
  detail: string;
  /** `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
  section: string;
  topic: TopicId;
}
