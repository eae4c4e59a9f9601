import type {AreaId} from "./areas.ts";
import {CATEGORY_SPELLINGS} from "./categories.ts";

/**
 * The metrics fazhi knows: the standard figures of the field, each with its
 * Chinese label, its unit and the area of the 2021–2025 programme it belongs
 * to. Ids are a contract: pages, peers and users' SQL key on them.
 *
 * A metric is its label phrases; how a report glues a label to its number
 * (共计, 达到, 压减至…, label before or after the number, 其中 and 分别为 lists)
 * is grammar shared by all of them (`src/extract/label-match.ts`). A phrase
 * is written as reports write it; "…" stands for a few characters of the same
 * clause (报备…规范性文件 fits 报备41件行政规范性文件).
 */
export interface Metric {
  id: string;
  label: string;
  /** The unit values are given in: counts of 万件 are read as 件, amounts in 万元 as 元. */
  unit: string;
  /** The units the number must carry to be this metric's; counts of people in 人 and 人次 differ. */
  units: readonly string[];
  area: AreaId;
  /** The words that name what the number counts, as they stand next to it. */
  phrases: readonly string[];
  /** For phrases that name only an act (审结, 纠错): the subject that must be named nearby (行政复议). */
  subject?: SubjectId;
  /** Words that, in the clause before the number, show it counts something else. */
  not?: readonly string[];
  /** For `power_list.category`: the phrase matched is the category. */
  categorised?: boolean;
  /**
   * The metric this one is a kind of: a figure read as that metric whose sentence has named this one's practice
   * earlier, with no figure of its own, counts this one (政府常务会议学法实现每会必学，全年共学法23次 counts the
   * meetings' study, not every session).
   */
  narrows?: string;
}

/**
 * A subject several metrics share: 行政复议 is received, concluded, corrected.
 * Reports name it once and let the clauses after it carry it (收到行政复议申请611件，
 * 受理580件，审结559件), so a metric of a subject is found from its act when the
 * subject is named earlier in the sentence. A number right after the subject
 * itself, with no act named, counts `main` (行政复议案件52件).
 */
export interface Subject {
  id: SubjectId;
  keywords: readonly string[];
  main?: string;
  /** Words that, in the clause before the number, show it counts a change or another list, not the subject's figures. */
  not?: readonly string[];
  /**
   * Words that, anywhere in the sentence before the number, show the body speaks in another role (被申请人); "…" as in
   * phrases (法院…受理: a court's caseload).
   */
  role?: readonly string[];
  /**
   * The nouns its figures count, which a clause may name after the act without naming the subject again: 开展规范性文件
   * 清理，清理文件156件 and 其中纠错决定9件 name the act and the noun, nothing else.
   */
  nouns?: readonly string[];
}

export type SubjectId =
  | "power_list"
  | "reconsideration"
  | "litigation"
  | "mediation"
  | "hotline"
  | "normative_documents"
  | "exam"
  | "action_plan";

const CHANGES = [
  "取消",
  "下放",
  "收回",
  "承接",
  "调整",
  "新增",
  "划转",
  "赋予",
  "委托",
  "删除",
  "合并",
  "变更",
  "暂停",
];

export const SUBJECTS: readonly Subject[] = [
  {
    id: "power_list",
    keywords: ["权力事项", "权责事项", "行政职权", "权责清单", "权力清单", "职权事项"],
    main: "power_list.items",
    not: [...CHANGES, "政务服务事项", "许可事项目录", "事项目录"],
  },
  {
    id: "reconsideration",
    keywords: ["行政复议", "复议"],
    main: "reconsideration.received",
    nouns: ["决定"],
    // A department's figures as the respondent are not the reconsideration organ's, nor a party's in a list of its lawsuits.
    role: ["被申请人", "被复议", "被纠错", "被撤销", "民事诉讼", "涉诉"],
  },
  // 负责人出庭应诉5宗 counts the heads' appearances, not the cases.
  // A court's caseload (两级法院共受理一审行政诉讼案件) is every case brought, not the government's as a defendant.
  {
    id: "litigation",
    keywords: ["行政应诉", "行政诉讼", "应诉", "被诉"],
    main: "litigation.cases",
    not: ["出庭"],
    role: ["法院…受理", "法院…审结", "法院…新收", "法院…收案", "法院…共收", "法院…办结"],
  },
  // Administrative and judicial mediation are other bodies' work: 人民调解和行政调解纠纷共计… counts them together.
  {
    id: "mediation",
    keywords: ["人民调解", "调解组织", "调解委员会", "调委会"],
    main: "mediation.disputes",
    not: ["行政调解", "司法调解"],
  },
  // 12345 is the government's hotline; 12315 (market regulation) and 12348 (legal aid) are others'.
  {
    id: "hotline",
    keywords: [
      "12345",
      "8890",
      "市民热线",
      "市民服务热线",
      "便民热线",
      "便民服务热线",
      "政务服务热线",
      "政务热线",
      "市长热线",
    ],
    main: "hotline.cases",
  },
  // 拟修改3件: what a cleaning proposes is not yet done.
  {
    id: "normative_documents",
    keywords: ["行政规范性文件", "规范性文件"],
    nouns: ["文件"],
    not: ["拟修改", "拟废止", "拟宣布失效", "拟清理", "拟修订"],
  },
  {id: "exam", keywords: ["考试", "测试", "考法", "学法考", "参考"]},
  // The three-year action on enforcement quality: its measures are not any plan's (《纲要》设定的35项具体措施).
  {id: "action_plan", keywords: ["三年行动", "行动方案", "执法质量", "大项", "小项"]},
];

/**
 * Words that, in a figure's label, restrict what it counts to a part: 涉企行政复议案件 are some of the cases, 涉企行政检查
 * some of the inspections. A metric counts the whole, unless its own phrase names the part (涉企检查事项). For a subject's
 * figures 涉及 restricts too (涉及征地拆迁领域的复议案件), unless it names the body itself (涉及我区的); elsewhere it often defines the whole (涉及公共利益的重大行政决策).
 */
export const PART_OF = ["涉企", "涉农", "涉外", "涉民生"];
export const PART_OF_SUBJECT = new RegExp(`${PART_OF.join("|")}|涉及(?![我本])`);

const COUNT = ["件", "起", "宗"];
const PEOPLE = ["名", "人"];
const EVENTS = ["次", "场", "场次", "期"];

export const METRICS: readonly Metric[] = [
  // 权责清单
  {
    id: "power_list.items",
    label: "权力事项",
    unit: "项",
    units: ["项", "条"],
    area: "functions",
    subject: "power_list",
    phrases: ["权力事项", "权责事项", "行政职权", "职权事项", "权责清单事项", "权力清单事项", "行政权力事项", "职权"],
  },
  {
    id: "power_list.subitems",
    label: "权力事项子项",
    unit: "项",
    units: ["项", "条"],
    area: "functions",
    subject: "power_list",
    phrases: ["子项"],
  },
  {
    id: "power_list.category",
    label: "权责清单分类事项",
    unit: "项",
    units: ["项", "条"],
    area: "functions",
    subject: "power_list",
    phrases: CATEGORY_SPELLINGS,
    categorised: true,
  },
  // 学法用法
  {
    id: "study.groups",
    label: "理论学习中心组",
    unit: "个",
    units: ["个"],
    area: "leadership",
    phrases: ["理论学习中心组", "中心组"],
  },
  {
    id: "study.sessions",
    label: "学习研讨次数",
    unit: "次",
    units: EVENTS,
    area: "leadership",
    phrases: ["学习", "学法", "研讨", "集体学法", "专题学法", "专题学习", "中心组学习"],
    not: [
      "常务会议",
      "常务会",
      "宣讲",
      "讲座",
      "报告会",
      "考试",
      "测试",
      "培训",
      "述法",
      "基层党组织",
      "党支部",
      "各级党组织",
    ],
  },
  {
    id: "study.executive_meetings",
    label: "政府常务会议会前学法",
    unit: "次",
    units: EVENTS,
    area: "leadership",
    narrows: "study.sessions",
    // Towns, streets and zones have no executive meeting: their 党工委会 or 主任办公会 study before meeting is its counterpart,
    // as a department's 局务会 or 党组会 is.
    phrases: [
      "常务会议学法",
      "常务会议会前学法",
      "常务会会前学法",
      "会前学法",
      "常务会议…学法",
      "常务会…学法",
      "党工委会…学法",
      "党委会…学法",
      "党组会…学法",
      "办公会…学法",
      "局务会…学法",
    ],
  },
  {
    id: "training.exam_participants",
    label: "学法考试参考人数",
    unit: "人",
    units: [...PEOPLE, "人次"],
    area: "leadership",
    subject: "exam",
    phrases: ["参考", "参加…考试", "参加…测试", "参加…考法", "参考人员", "考试", "测试"],
    // The enforcement certificate's exam is a qualification, not the annual law exam.
    not: ["合格", "通过", "培训", "执法考试", "执法资格", "资格考试"],
  },
  {
    id: "training.exam_pass_share",
    label: "学法考试合格率",
    unit: "%",
    units: ["%"],
    area: "leadership",
    subject: "exam",
    phrases: ["合格率", "通过率", "及格率"],
  },
  // 行政决策与合法性审查
  {
    id: "decisions.major_decisions",
    label: "重大行政决策",
    unit: "项",
    units: ["项", "件", "个"],
    area: "decisions",
    phrases: ["重大行政决策", "重大决策事项"],
    not: ["合法性", "审查", "审核"],
  },
  {
    id: "decisions.major_matters",
    label: "集体研究重大事项",
    unit: "件",
    units: ["件", "项"],
    area: "decisions",
    phrases: ["研究…重大事项", "集体讨论…重大事项"],
  },
  {
    id: "decisions.counsel_participations",
    label: "法律顾问参与决策",
    unit: "次",
    units: ["次", "件", "项"],
    area: "decisions",
    phrases: ["法律顾问参与", "法律顾问…参与", "法律顾问列席", "法律顾问…列席", "法律顾问参加", "法律顾问…参加"],
  },
  {
    id: "legal_review.documents",
    label: "合法性审查",
    unit: "件",
    units: ["件", "份", "项", "次"],
    area: "decisions",
    phrases: ["合法性审查", "合法性审核", "审查…合同", "审核…合同", "审查…协议", "审核…协议"],
    not: ["意见", "建议"],
  },
  {
    id: "legal_review.opinions",
    label: "法律意见建议",
    unit: "条",
    units: ["条", "份", "件"],
    area: "decisions",
    phrases: [
      "法律意见",
      "法律审核意见",
      "意见建议",
      "审查意见",
      "审核意见",
      "法律建议",
      "修改意见",
      "出具意见",
      "出具…意见",
    ],
  },
  {
    id: "counsel.advisers",
    label: "法律顾问",
    unit: "名",
    units: [...PEOPLE, "位"],
    area: "decisions",
    phrases: ["法律顾问"],
    // 村（社区）法律顾问 serve villages and communities, not the government that reports; 新增 counts the year's additions.
    not: ["村", "社区", "新增"],
  },
  {
    id: "counsel.public_lawyers",
    label: "公职律师",
    unit: "名",
    units: [...PEOPLE, "位"],
    area: "decisions",
    phrases: ["公职律师"],
    // 新增公职律师12名 counts the year's additions, not how many there are.
    not: ["新增"],
  },
  // 行政规范性文件
  {
    id: "normative_documents.filed",
    label: "规范性文件备案",
    unit: "件",
    units: ["件", "份"],
    area: "rules",
    subject: "normative_documents",
    phrases: ["备案审查", "备案", "报备"],
    not: ["保留"],
  },
  {
    id: "normative_documents.cleaned",
    label: "规范性文件清理",
    unit: "件",
    units: ["件", "份"],
    area: "rules",
    subject: "normative_documents",
    phrases: ["清理", "集中清理", "全面清理"],
    not: ["保留"],
  },
  {
    id: "normative_documents.repealed",
    label: "规范性文件废止",
    unit: "件",
    units: ["件", "份"],
    area: "rules",
    subject: "normative_documents",
    phrases: ["废止"],
    not: ["保留"],
  },
  {
    id: "normative_documents.amended",
    label: "规范性文件修改",
    unit: "件",
    units: ["件", "份"],
    area: "rules",
    subject: "normative_documents",
    phrases: ["修改", "修订"],
    // 提出修改意见 proposes changes: the documents were reviewed, not (yet) amended.
    not: ["保留", "修改意见", "修改建议", "修订意见", "修订建议"],
  },
  // 行政执法
  {
    id: "enforcement.officers",
    label: "持证执法人员",
    unit: "名",
    units: PEOPLE,
    area: "enforcement",
    phrases: ["持证执法人员", "行政执法人员", "执法人员", "执法证件", "执法证"],
    // Certificates issued, withdrawn or renewed in the year change the number of officers; they are not it.
    not: [
      "培训",
      "考试",
      "参加",
      "轮训",
      "新增",
      "新申领",
      "申领",
      "注销",
      "吊销",
      "暂扣",
      "收回",
      "换发",
      "换证",
      "核发",
    ],
  },
  {
    id: "enforcement.penalty_cases",
    label: "行政处罚案件",
    unit: "件",
    units: COUNT,
    area: "enforcement",
    phrases: ["行政处罚案件", "处罚案件", "行政处罚决定", "行政处罚", "查处…违法案件", "查办…违法案件", "立案查处"],
    // 不予处罚案件328件: cases closed without a penalty (or with a lighter one) are not the penalties imposed.
    // 78件行政处罚案卷 are the files of cases reviewed, not cases.
    not: ["不予处罚", "免予处罚", "免罚", "不予行政处罚", "减轻处罚", "从轻处罚", "案卷"],
  },
  {
    id: "enforcement.penalty_amount",
    label: "罚没款",
    unit: "元",
    units: ["元"],
    area: "enforcement",
    phrases: ["罚没款", "罚没金额", "罚没收入", "罚款", "罚没"],
  },
  {
    id: "enforcement.inspections",
    label: "行政检查",
    unit: "次",
    units: ["次", "家次", "户次"],
    area: "enforcement",
    phrases: ["行政检查", "执法检查", "监督检查", "双随机", "联合检查", "抽查", "检查"],
    // 行政执法监督检查 oversees the enforcement agencies; it does not inspect those they regulate.
    not: ["评查", "自查", "执法监督"],
  },
  {
    id: "enforcement.case_files_reviewed",
    label: "案卷评查",
    unit: "卷",
    units: ["卷", "件", "份"],
    area: "enforcement",
    phrases: ["案卷评查", "评查…案卷", "评查", "抽查…案卷", "案卷…评查"],
  },
  {
    id: "enforcement.tasks.major",
    label: "执法质量行动任务（大项）",
    unit: "大项",
    units: ["大项"],
    area: "enforcement",
    phrases: [""],
  },
  {
    id: "enforcement.tasks.minor",
    label: "执法质量行动任务（小项）",
    unit: "小项",
    units: ["小项"],
    area: "enforcement",
    phrases: [""],
  },
  {
    id: "enforcement.tasks.measures",
    label: "执法质量行动具体措施",
    unit: "项",
    units: ["项", "条"],
    area: "enforcement",
    subject: "action_plan",
    phrases: ["具体措施"],
  },
  {
    id: "inspection.enterprise_items",
    label: "涉企检查事项",
    unit: "项",
    units: ["项"],
    area: "enforcement",
    phrases: ["涉企检查事项", "涉企行政检查事项", "涉企检查"],
  },
  // 行政复议
  {
    id: "reconsideration.received",
    label: "行政复议申请",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "reconsideration",
    phrases: ["收到", "接收", "新收", "收案", "办理"],
  },
  {
    id: "reconsideration.accepted",
    label: "行政复议受理",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "reconsideration",
    phrases: ["受理", "依法受理"],
    not: ["不予受理", "不受理"],
  },
  {
    id: "reconsideration.concluded",
    label: "行政复议审结",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "reconsideration",
    phrases: ["审结", "办结", "结案", "作出…决定"],
    // 作出纠错决定9件, 作出维持决定30件: a decision of one kind is a part of those concluded.
    not: ["纠错", "纠正", "维持", "驳回", "撤销", "变更", "确认违法", "责令履行"],
  },
  {
    id: "reconsideration.corrected",
    label: "行政复议纠错",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "reconsideration",
    // 撤销 alone is one kind of decision among 维持、驳回、变更、确认违法: a part of the corrections, not their count.
    phrases: ["纠错", "纠正", "直接纠错"],
  },
  {
    id: "reconsideration.correction_share",
    label: "行政复议纠错率",
    unit: "%",
    units: ["%"],
    area: "disputes",
    subject: "reconsideration",
    phrases: ["纠错率", "综合纠错率", "直接纠错率"],
  },
  {
    id: "reconsideration.mediated",
    label: "行政复议调解和解",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "reconsideration",
    // 通过调解、和解方式结案31件: the manner names the figure; the act alone (结案) would be every concluded case.
    phrases: [
      "调解",
      "和解",
      "调解和解",
      "调解、和解",
      "调解和解结案",
      "调解结案",
      "调解…结案",
      "和解…结案",
      "调解…办结",
      "和解…办结",
      "调解…审结",
      "和解…审结",
    ],
  },
  // 行政应诉
  {
    id: "litigation.cases",
    label: "行政应诉案件",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "litigation",
    phrases: ["收到", "新收", "发生", "办理", "应诉", "受理"],
  },
  {
    id: "litigation.concluded",
    label: "行政应诉审结",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "litigation",
    phrases: ["审结", "结案", "办结", "判决"],
  },
  {
    id: "litigation.lost",
    label: "行政应诉败诉",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "litigation",
    phrases: ["败诉"],
  },
  {
    id: "litigation.loss_share",
    label: "行政应诉败诉率",
    unit: "%",
    units: ["%"],
    area: "disputes",
    subject: "litigation",
    phrases: ["败诉率"],
  },
  {
    id: "litigation.head_appearance_share",
    label: "行政机关负责人出庭应诉率",
    unit: "%",
    units: ["%"],
    area: "disputes",
    phrases: ["出庭应诉率", "出庭率", "负责人…出庭", "出庭应诉"],
  },
  // 人民调解
  {
    id: "mediation.organizations",
    label: "人民调解组织",
    unit: "个",
    units: ["个", "家"],
    area: "disputes",
    phrases: ["人民调解组织", "调解组织", "人民调解委员会", "调解委员会", "调委会", "调解室", "调解工作室"],
    // 街道人民调解委员会及下设12个社区调委会: the committees under one are a part of the organisations, not their number.
    not: ["下设", "下辖", "所属"],
  },
  {
    id: "mediation.disputes",
    label: "人民调解矛盾纠纷",
    unit: "件",
    units: COUNT,
    area: "disputes",
    subject: "mediation",
    phrases: ["调解…纠纷", "调处…纠纷", "化解…纠纷", "调解案件", "纠纷"],
    // 排查矛盾纠纷 counts disputes screened, 预防纠纷 those prevented; 排查化解 counts those resolved.
    not: ["排查出", "排查矛盾", "排查各类", "摸排", "成功", "预防"],
  },
  {
    id: "mediation.success_share",
    label: "人民调解成功率",
    unit: "%",
    units: ["%"],
    area: "disputes",
    subject: "mediation",
    phrases: ["调解成功率", "成功率", "化解率"],
  },
  // 政务公开
  {
    id: "disclosure.proactive",
    label: "主动公开政府信息",
    unit: "条",
    units: ["条", "件"],
    area: "oversight",
    // 在政府网站公开各类信息2,930条: what a body publishes of itself; a request's answer is 依申请公开.
    phrases: ["主动公开", "公开…政府信息", "公开…信息"],
    not: ["申请", "不予公开", "不公开", "部分公开"],
  },
  {
    id: "disclosure.on_request",
    label: "依申请公开",
    unit: "件",
    units: ["件", "条"],
    area: "oversight",
    phrases: [
      "依申请公开",
      "政府信息公开申请",
      "信息公开申请",
      "公开申请",
      "申请公开",
      "办理…政府信息公开",
      "受理…政府信息公开",
    ],
    // 公开申请和人大建议政协提案共88件 counts the deputies' proposals too.
    not: ["建议", "提案"],
  },
  // 普法
  {
    id: "publicity.events",
    label: "普法活动",
    unit: "场",
    units: EVENTS,
    area: "leadership",
    phrases: [
      "普法活动",
      "法治宣传活动",
      "普法宣传活动",
      "宣传活动",
      "普法…活动",
      "法治宣传…活动",
      "普法宣传",
      "法律进…活动",
      "送法…活动",
    ],
  },
  {
    id: "publicity.audience",
    label: "普法受众",
    unit: "人次",
    units: ["人次"],
    area: "leadership",
    // 普法直播线上观看超870万人次: the audience of a broadcast, not officials watching a trial (旁听庭审).
    phrases: [
      "受众",
      "覆盖…群众",
      "参与群众",
      "惠及群众",
      "受益群众",
      "覆盖群众",
      "受教育",
      "线上观看",
      "在线观看",
      "网上观看",
      "观看…普法",
    ],
  },
  // 政务服务
  {
    id: "services.certificates_cancelled",
    label: "取消证明事项",
    unit: "项",
    units: ["项", "件", "个"],
    area: "functions",
    phrases: ["取消…证明事项", "取消…证明材料", "取消…证明", "证明事项"],
    // 取消、调整证明材料22项 counts those changed too, not only those cancelled; 证明事项压减至12项 counts those left.
    not: [
      "保留",
      "调整",
      "压减至",
      "压减到",
      "精简至",
      "精简为",
      "精简到",
      "减少至",
      "减少到",
      "缩减至",
      "缩减为",
      "剩余",
    ],
  },
  {
    id: "services.online_share",
    label: "政务服务网上可办率",
    unit: "%",
    units: ["%"],
    area: "technology",
    phrases: ["网上可办率", "网办率", "全程网办率", "网上办理率", "可网办", "网上可办", "全程网办", "一网通办率"],
    // 行政执法案件网上办理率 is the enforcement agencies' own case handling, not public services.
    not: ["执法", "案件"],
  },
  {
    id: "hotline.cases",
    label: "12345热线诉求",
    unit: "件",
    units: ["件", "个", "条"],
    area: "functions",
    subject: "hotline",
    phrases: ["受理", "接听", "办理", "工单", "诉求", "来电", "接收", "转办", "派单", "派发", "交办", "承办"],
  },
  {
    id: "hotline.resolved_share",
    label: "12345热线办结率",
    unit: "%",
    units: ["%"],
    area: "functions",
    subject: "hotline",
    phrases: ["办结率", "按期办结率", "解决率", "按时办结率"],
  },
  // 营商环境
  {
    id: "enterprise.benefited",
    label: "惠及企业",
    unit: "家",
    units: ["家", "户", "个"],
    area: "functions",
    phrases: [
      "惠及…企业",
      "惠及…市场主体",
      "惠及…经营主体",
      "受益企业",
      "惠企…企业",
      "兑现…企业",
      "惠及企业",
      "惠及市场主体",
      "惠及经营主体",
      // 为1,360户经营主体兑现…资金: the enterprises named right after the number, then what they received.
      "企业兑现",
      "经营主体兑现",
      "市场主体兑现",
      "企业享受",
      "经营主体享受",
      "市场主体享受",
      // 各类市场主体共计4.3万户享受惠企政策: the enterprises before the number, what they enjoy after it.
      "市场主体…享受",
      "经营主体…享受",
    ],
  },
  {
    id: "enterprise.funds",
    label: "惠企资金",
    unit: "元",
    units: ["元"],
    area: "functions",
    phrases: ["惠企资金", "扶持资金", "奖补资金", "兑现…资金", "兑付…资金", "拨付…资金", "惠企政策资金"],
  },
  {
    id: "enterprise.key_service_share",
    label: "重点服务企业占比",
    unit: "%",
    units: ["%"],
    area: "functions",
    phrases: ["重点服务企业…占", "重点服务企业"],
  },
  {
    id: "enterprise.demands_resolved_share",
    label: "企业诉求办结率",
    unit: "%",
    units: ["%"],
    area: "functions",
    phrases: ["企业诉求…办结率", "企业诉求办结率", "涉企诉求…办结率"],
  },
];

/** A figure a report states in words, without a number: 企业诉求全部办结 is 100%. */
export interface PhraseRule {
  id: string;
  pattern: RegExp;
  /** A word every match holds: a paragraph without it is not searched (most paragraphs). */
  word: string;
  value: number;
}

export const PHRASES: readonly PhraseRule[] = [
  {id: "enterprise.demands_resolved_share", pattern: /企业诉求[^，。；]{0,6}全部办结/g, word: "全部办结", value: 100},
];

/** The Chinese label of each metric id. */
export const METRIC_LABELS: ReadonlyMap<string, string> = new Map(METRICS.map((m) => [m.id, m.label]));
