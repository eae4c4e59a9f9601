/**
 * The metrics fazhi knows, each with its Chinese label and how a report
 * phrases it. A number becomes a fact of the first metric whose rule fits
 * the clause it stands in; the rest stay in `numbers`, unmapped.
 */
export interface MetricRule {
  id: string;
  /** The label a reader sees. */
  label: string;
  /** The unit the figure is reported in. */
  unit: string;
  /** Units the number must carry to fit; default: `[unit]`. */
  units?: readonly string[];
  /** Must match the end of the clause text before the number (anchor with `$`); its match opens the fact's source fragment. */
  before?: RegExp;
  /** Must match the start of the clause text after the number (anchor with `^`); its match closes the fragment. */
  after?: RegExp;
  /** Must occur somewhere in the paragraph. */
  paragraph?: RegExp;
  /** For `power_list.category`: the category is the text `before` matched in its first group. */
  categorised?: boolean;
}

/** A figure a report states in words, without a number: 企业诉求全部办结 is 100%. */
export interface PhraseRule {
  id: string;
  pattern: RegExp;
  value: number;
}

const CATEGORY_NAMES =
  "行政许可|行政处罚|行政强制|行政征收|行政给付|行政检查|行政确认|行政奖励|行政裁决|其他行政权力|其它行政权力|公共服务";

export const METRICS: readonly MetricRule[] = [
  {
    id: "power_list.items",
    label: "权力事项",
    unit: "项",
    before: /(?:权力事项|行政职权|权责事项|权责清单事项)(?:共|合计|总计|总数)?为?$/,
  },
  {id: "power_list.subitems", label: "权力事项子项", unit: "项", before: /子项(?:共|合计)?$/},
  {
    id: "power_list.category",
    label: "权责清单分类事项",
    unit: "项",
    before: new RegExp(`(${CATEGORY_NAMES})(?:类)?(?:事项)?(?:共)?$`),
    categorised: true,
  },
  {id: "study.groups", label: "理论学习中心组", unit: "个", after: /^[^，。；]{0,12}?理论学习中心组/},
  {
    id: "study.sessions",
    label: "学习研讨次数",
    unit: "次",
    before: /(?:学习|学法|研讨)(?:(?!学习|学法|研讨)[^，。；]){0,20}$/,
  },
  {id: "enforcement.tasks.major", label: "执法质量行动任务（大项）", unit: "大项", paragraph: /执法/},
  {id: "enforcement.tasks.minor", label: "执法质量行动任务（小项）", unit: "小项", paragraph: /执法/},
  {id: "enforcement.tasks.measures", label: "执法质量行动具体措施", unit: "项", after: /^具体措施/, paragraph: /执法/},
  {id: "inspection.enterprise_items", label: "涉企检查事项", unit: "项", before: /涉企检查事项(?:共)?$/},
  {
    id: "enterprise.benefited",
    label: "惠及企业",
    unit: "家",
    before: /惠及[^，。；]{0,8}$/,
    after: /^(?:市场主体|企业)/,
  },
  {id: "enterprise.key_service_share", label: "重点服务企业占比", unit: "%", before: /重点服务企业[^，。；]{0,20}$/},
  {
    id: "enterprise.demands_resolved_share",
    label: "企业诉求办结率",
    unit: "%",
    before: /企业诉求[^，。；]{0,8}办结率(?:达到?|为)?$/,
  },
  {
    id: "enforcement.penalty_cases",
    label: "行政处罚案件",
    unit: "件",
    units: ["件", "起"],
    before: /(?:办理|查处|办结)?行政处罚案件(?:共)?$/,
  },
  {id: "enforcement.penalty_cases", label: "行政处罚案件", unit: "件", units: ["件", "起"], after: /^行政处罚案件/},
  {
    id: "normative_documents.filed",
    label: "规范性文件备案审查",
    unit: "件",
    before: /规范性文件(?:备案审查|备案)[^，。；]{0,4}$/,
  },
  {id: "decisions.major_matters", label: "集体研究重大事项", unit: "件", before: /研究[^，。；]{0,6}重大事项$/},
  {id: "decisions.legal_review_opinions", label: "法律审核意见", unit: "份", after: /^法律审核意见/},
  {
    id: "decisions.counsel_participations",
    label: "法律顾问参与决策",
    unit: "次",
    before: /法律顾问参与[^，。；]{0,12}$/,
  },
  {
    id: "litigation.head_appearance_share",
    label: "行政机关负责人出庭应诉率",
    unit: "%",
    before: /出庭应诉率(?:达到?|为)?$/,
  },
  {
    id: "publicity.events",
    label: "普法活动",
    unit: "场",
    units: ["场", "次"],
    after: /^(?:普法|法治宣传)[^，。；]{0,4}活动/,
  },
  {
    id: "publicity.events",
    label: "普法活动",
    unit: "场",
    units: ["场", "次"],
    before: /(?:普法|法治宣传)[^，。；]{0,4}活动(?:共)?$/,
  },
  {
    id: "training.exam_participants",
    label: "学法考试参考人次",
    unit: "人次",
    before: /(?:考试[^，。；]{0,6}|参考人员?(?:共计|共)?)$/,
  },
];

export const PHRASES: readonly PhraseRule[] = [
  {id: "enterprise.demands_resolved_share", pattern: /企业诉求[^，。；]{0,6}全部办结/g, value: 100},
];

/** The Chinese label of each metric id. */
export const METRIC_LABELS: ReadonlyMap<string, string> = new Map(METRICS.map((m) => [m.id, m.label]));
