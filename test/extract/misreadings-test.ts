import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {everyNumber} from "./every-number.ts";
import {extractReport, extractText} from "../../src/extract/report.ts";

// Each class of silent misreading, with several members: none may become an exact fact.
const read = (text: string) => extractText(`2024年。${text}`, {body: "t", year: 2024});
const facts = (text: string) => read(text).facts.map((f) => [f.metric, f.value, f.value_high ?? null, f.qualifier]);
const kinds = (text: string) =>
  everyNumber(read(text))
    .filter((n) => n.kind !== "year")
    .map((n) => [n.kind, n.raw]);

describe("ranges are ranges, never one of their ends", () => {
  it.each([
    ["开展行政检查10至20次。", 10, 20],
    ["开展行政检查20余至30次。", 20, 30],
    ["开展行政检查10-20次。", 10, 20],
    ["开展行政检查10～20次。", 10, 20],
    ["开展行政检查十到二十次。", 10, 20],
    ["开展行政检查1,000—2,000次。", 1000, 2000],
  ])("%s", (text, low, high) => {
    expect(facts(text)).toEqual([["enforcement.inspections", low, high, "range"]]);
  });

  it("reads a range of percentages", () => {
    expect(facts("行政复议纠错率为5%至8%。")).toEqual([["reconsideration.correction_share", 5, 8, "range"]]);
    expect(facts("行政复议纠错率为5-8%。")).toEqual([["reconsideration.correction_share", 5, 8, "range"]]);
    expect(facts("行政复议纠错率为百分之五至八。")).toEqual([["reconsideration.correction_share", 5, 8, "range"]]);
  });

  it("is not a plan period or a hyphenated name", () => {
    expect(read("对照纲要（2021－2025年）要求。").numbers.map((n) => [n.kind, n.raw])).toEqual([
      ["year", "2024年"],
      ["year", "2021－2025年"],
    ]);
  });
});

describe("vague counts are never exact numbers", () => {
  it.each([
    "惠及数百家企业。",
    "惠及几十家企业。",
    "开展行政检查数千次。",
    "惠及成千上万家企业。",
    "惠及数万户经营主体。",
    // Neighbouring digits are a rough count: 七八 is seven or eight, never 78.
    "开展行政检查七八次。",
    "惠及二三十家企业。",
    "惠及三四百家企业。",
    "开展行政检查十几次。",
    "惠及二十几家企业。",
  ])("%s", (text) => {
    expect(facts(text)).toEqual([]);
    expect(read(text).checks.find((c) => c.id === "numbers.unread")?.status).toBe("warn");
  });

  it("reads 上千, 上万 as at least a thousand, ten thousand", () => {
    expect(facts("惠及上千家企业。")).toEqual([["enterprise.benefited", 1000, null, "at_least"]]);
    expect(facts("惠及上万户经营主体。")).toEqual([["enterprise.benefited", 10000, null, "at_least"]]);
  });

  it("reads digits with Chinese units whole (3千5百 is 3500), or not at all", () => {
    expect(facts("惠及3千5百家企业。")).toEqual([["enterprise.benefited", 3500, null, "exact"]]);
    expect(facts("惠及2千余家企业。")).toEqual([["enterprise.benefited", 2000, null, "more_than"]]);
    expect(facts("惠及1万2家企业。")).toEqual([]);
  });
});

describe("invisible characters inside numbers and labels", () => {
  it.each([
    ["学习近2\u200b0次", 20, "approx"],
    ["学习近\u200d20次", 20, "approx"],
    ["学习2\u00ad0次", 20, "exact"],
    ["学习\u00a020次", 20, "exact"],
    ["学习2\u202f0次", 20, "exact"],
  ])("%j is read as a careful reader reads it, offsets into the text as published", (sentence, value, qualifier) => {
    const text = `2024年。全区理论学习中心组${sentence}。`;
    const extraction = extractText(text, {body: "t", year: 2024});
    expect(extraction.facts.map((f) => [f.metric, f.value, f.qualifier])).toEqual([
      ["study.sessions", value, qualifier],
    ]);
    for (const f of [...extraction.facts, ...extraction.numbers]) expect(text.slice(f.start, f.end)).toBe(f.raw);
    expect(extraction.facts[0]!.sentence).toBe(
      text.slice(extraction.facts[0]!.sentence_start, extraction.facts[0]!.sentence_end),
    );
    expect(extraction.checks.find((c) => c.id === "text.normalised")?.status).toBe("warn");
  });

  it("a control character left by a damaged copy inside a number: 11\u000040 is 1140, and the reader is told", () => {
    const {facts: read, checks} = extractText("2024年。全年共梳理权力事项11\u000040项。", {body: "t", year: 2024});
    expect(read.map((f) => [f.metric, f.value, f.raw])).toEqual([["power_list.items", 1140, "权力事项11\u000040项"]]);
    expect(checks.find((c) => c.id === "text.normalised")!.message).toMatch(/去除了1个不可见字符/);
  });

  it("in the power list: 11\u200b40 is 1140", () => {
    expect(facts("共梳理权力事项11\u200b40项。")).toEqual([["power_list.items", 1140, null, "exact"]]);
  });
});

describe("impossible values become no fact, with a warning naming them", () => {
  it.each([
    ["开展行政检查-5次。", "计数不能为负"],
    ["开展行政检查－5次。", "计数不能为负"],
    ["开展行政检查0.5次。", "计数不能为小数"],
    ["办理行政处罚案件2.5件。", "计数不能为小数"],
    ["开展行政检查1e30次。", "科学计数法"],
    ["开展行政检查2024.12.31次。", "像日期或版本号"],
    ["开展行政检查99999999999999999次。", "数值过大"],
  ])("%s", (text, reason) => {
    expect(facts(text)).toEqual([]);
    const warning = read(text).checks.find((c) => c.id === "numbers.unread")!;
    expect(warning.status).toBe("warn");
    expect(warning.message).toContain(reason);
  });

  it("keeps amounts and shares that are fractional", () => {
    expect(facts("罚没款12.5万元，行政复议纠错率为8.3%。")).toEqual([
      ["enforcement.penalty_amount", 125000, null, "exact"],
      ["reconsideration.correction_share", 8.3, null, "exact"],
    ]);
  });
});

describe("traditional characters and full-width digits", () => {
  it("reads a report in traditional characters like a simplified one, quoting it as written", () => {
    const text = "２０２４年，全區共梳理權力事項1140（子項2173）項，包括行政許可155項、行政處罰2018項。";
    const extraction = extractText(text, {body: "t", year: 2024});
    expect(extraction.facts.map((f) => [f.metric, f.category, f.value])).toEqual([
      ["power_list.items", null, 1140],
      ["power_list.subitems", null, 2173],
      ["power_list.category", "行政许可", 155],
      ["power_list.category", "行政处罚", 2018],
    ]);
    expect(extraction.facts[2]!.raw).toBe("行政許可155項");
    expect(extraction.numbers.find((n) => n.kind === "year")?.value).toBe(2024);
    expect(extraction.checks.find((c) => c.id === "text.normalised")?.message).toContain("繁体");
  });

  it("reads full-width years and dates as years and dates", () => {
    expect(kinds("２０２３年３月")).toEqual([["date", "３月"]]);
    expect(read("２０２３年工作").numbers.map((n) => [n.kind, n.value])).toContainEqual(["year", 2023]);
  });
});

describe("numbers that count nothing", () => {
  it.each([
    ["拨打12345热线", "name"],
    ["12315投诉举报", "name"],
    ["〔2024〕3号文件", "name"],
    ["“3·15”宣传", "name"],
    ["“十四五”规划", "name"],
    ["5G基站", "name"],
    ["推行“三所联动”机制", "name"],
    ["打造“15分钟法律服务圈”", "name"],
    ["建成“一张网”", "name"],
  ])("%s", (text, kind) => {
    expect(
      everyNumber(read(text))
        .filter((n) => n.kind !== "year")
        .map((n) => n.kind),
    ).toEqual([kind]);
    expect(read(text).facts).toEqual([]);
  });

  it("is not a count when the unit starts a word: 统一部署, 3部门", () => {
    expect(read("按照省政府统一部署，3部门联合。").numbers.filter((n) => n.kind === "quantity")).toEqual([]);
  });
});

describe("the bad-input fixtures of each class", () => {
  const fixture = (name: string) => extractReport(readFileSync(`test/fixtures/bad/${name}`), {body: name, year: 2024});
  const exactFacts = (name: string) => fixture(name).facts.filter((f) => f.chosen && f.qualifier === "exact");
  const warned = (name: string, id: string) => fixture(name).checks.find((c) => c.id === id)?.status;

  it("two figures: the total, not the change; two study counts, neither", () => {
    const {facts} = fixture("two-figures.txt");
    expect(facts.filter((f) => f.metric === "power_list.items").map((f) => [f.value, f.chosen])).toEqual([[120, true]]);
    expect(facts.filter((f) => f.metric === "study.sessions").map((f) => f.chosen)).toEqual([false, false]);
    expect(warned("two-figures.txt", "facts.conflicts")).toBe("warn");
  });

  it("ranges, vague counts, invisible characters, impossible values: no exact fact of a misread number", () => {
    expect(exactFacts("ranges.txt").filter((f) => !f.metric.startsWith("power_list."))).toEqual([]);
    expect(
      exactFacts("vague.txt")
        .map((f) => [f.metric, f.value])
        .filter(([m]) => !String(m).startsWith("power_list.")),
    ).toEqual([["enterprise.benefited", 3500]]);
    expect(warned("vague.txt", "numbers.unread")).toBe("warn");
    expect(
      fixture("invisible.txt")
        .facts.slice(0, 2)
        .map((f) => f.value),
    ).toEqual([120, 200]);
    expect(warned("invisible.txt", "text.normalised")).toBe("warn");
    expect(
      fixture("impossible.txt")
        .facts.map((f) => f.metric)
        .filter((m) => !m.startsWith("power_list.")),
    ).toEqual(["study.sessions"]);
    expect(warned("impossible.txt", "numbers.unread")).toBe("warn");
  });

  it("traditional characters: the same figures as the simplified report, quoted as written", () => {
    const figures = (name: string) => fixture(name).facts.map((f) => [f.metric, f.category, f.value, f.qualifier]);
    expect(figures("traditional.txt")).toEqual(figures("report.txt"));
    expect(fixture("traditional.txt").facts[2]!.raw).toBe("行政許可60項");
  });

  it("a signed, dated ending: signed_on, and no warning of a cut-off text", () => {
    expect(fixture("signed.txt").report.signed_on).toBe("2025-03-10");
    expect(warned("signed.txt", "report.complete")).toBe("pass");
  });
});

describe("a change is not a count, wherever the comparison stands in the label", () => {
  it.each([
    "比上年增加行政处罚案件12件。",
    "较上年减少行政复议申请案件15件。",
    "同比下降行政应诉案件8件。",
    "较2023年增加普法活动6场。",
  ])("%s", (text) => {
    expect(facts(text)).toEqual([]);
  });

  it("still reads the count beside it", () => {
    expect(facts("全年受理行政复议申请96件，同比增加复议案件12件。")).toEqual([
      ["reconsideration.accepted", 96, null, "exact"],
    ]);
  });
});

describe("对 what, 进行 which act: the act names the figure however long the list of what it is done to", () => {
  it.each([
    ["对58件行政规范性文件、重大行政决策和合同进行合法性审查。", "legal_review.documents", 58],
    ["对32件规范性文件、政府合同及重大决策事项进行合法性审查。", "legal_review.documents", 32],
    ["司法局对全区14个执法部门报送的86卷行政处罚案卷进行集中评查。", "enforcement.case_files_reviewed", 86],
  ])("%s", (text, metric, value) => {
    expect(facts(text)).toContainEqual([metric, value, null, "exact"]);
  });

  it("does not reach that far without 对…进行", () => {
    expect(facts("收到58件行政规范性文件、重大行政决策和合同的合法性审查材料。")).not.toContainEqual([
      "legal_review.documents",
      58,
      null,
      "exact",
    ]);
  });
});

describe("the label of the next figure is not this one's", () => {
  it("reads a total and the parts in brackets after it each with its own label", () => {
    expect(facts("经梳理，我县政府部门权责清单共有事项4,218项（含子项6,907项）。")).toEqual([
      ["power_list.items", 4218, null, "exact"],
      ["power_list.subitems", 6907, null, "exact"],
    ]);
    expect(facts("全年新收行政复议案件64件（其中纠错9件）。")).toEqual([
      ["reconsideration.received", 64, null, "exact"],
      ["reconsideration.corrected", 9, null, "exact"],
    ]);
  });

  it("takes the part named by the metric's own words over a total named loosely before it", () => {
    expect(facts("公开政府信息共计4,862条，其中主动公开4,790条。")).toEqual([
      ["disclosure.proactive", 4790, null, "exact"],
    ]);
    expect(read("公开政府信息共计4,862条，其中主动公开4,790条。").numbers.find((n) => n.value === 4862)).toMatchObject({
      metric: null,
      label: "公开政府信息",
    });
  });

  it.each(["开展行政检查1,204次，包括双随机抽查300次。", "开展行政检查1,204次（含联合检查300次）。"])(
    "keeps a part introduced by 包括 or 含 out of its total's metric: %s",
    (text) => {
      expect(facts(text)).toEqual([["enforcement.inspections", 1204, null, "exact"]]);
    },
  );
});

describe("the body's own clause after a higher level's figure is the body's again", () => {
  const own = (text: string, kind: string) =>
    extractText(`2024年。${text}`, {body: "t", year: 2024}, "x", {kind}).facts.map((f) => [f.metric, f.value]);

  it.each([
    ["全市共受理行政复议申请1,870件，我区受理行政复议申请164件。", "district", [["reconsideration.accepted", 164]]],
    ["全省持证执法人员18万名，本县持证执法人员1,045名。", "county", [["enforcement.officers", 1045]]],
    ["全县办理行政处罚案件2,300件，我镇办理行政处罚案件47件。", "town", [["enforcement.penalty_cases", 47]]],
    ["我市共办理行政处罚案件3,000件。", "district", []],
  ])("%s (%s)", (text, kind, expected) => {
    expect(own(text, kind)).toEqual(expected);
  });

  it("gives a figure of no subject its own sentence's scope, not the sentence of a subject named before", () => {
    expect(own("全市共受理行政复议申请1,870件。全年开展行政检查260次。", "district")).toEqual([
      ["enforcement.inspections", 260],
    ]);
  });
});

describe("scales and qualifiers written between the number and its unit", () => {
  it.each([
    ["全年罚没款40余万元。", "enforcement.penalty_amount", 400000, "more_than"],
    ["普法活动受众二十余万人次。", "publicity.audience", 200000, "more_than"],
    ["兑现惠企资金一点五亿元。", "enterprise.funds", 150000000, "exact"],
    ["罚没款 56.3 万元。", "enforcement.penalty_amount", 563000, "exact"],
    ["全年开展行政检查超1,500次。", "enforcement.inspections", 1500, "more_than"],
    ["主动公开政府信息超出2万条。", "disclosure.proactive", 20000, "more_than"],
  ])("%s", (text, metric, value, qualifier) => {
    expect(facts(text)).toEqual([[metric, value, null, qualifier]]);
  });
});

describe("what the noun right after the number counts", () => {
  it.each([
    "对15件规范性文件提出修改意见。",
    "对15件规范性文件提出修订建议。",
    "证明事项压减至9项。",
    "证明事项精简为9项。",
  ])("%s is no figure of opinions, amendments or cancellations", (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe("a kind of study named as a practice earlier in the sentence is what its bare count counts", () => {
  it.each([
    ["政府常务会议学法实现每会必学，全年共学法23次。", [["study.executive_meetings", 23]]],
    ["严格落实政府常务会议学法制度，全年共组织学法18次。", [["study.executive_meetings", 18]]],
    ["坚持党工委会会前学法，全年学法12次。", [["study.executive_meetings", 12]]],
    [
      "坚持常务会议会前学法制度，全年学法15次，中心组学习8次。",
      [
        ["study.executive_meetings", 15],
        ["study.sessions", 8],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(facts(text).map(([metric, value]) => [metric, value])).toEqual(expected);
  });

  it("leaves a session a session once the practice has its own count, or in another sentence", () => {
    const pairs = (text: string) => facts(text).map(([metric, value]) => [metric, value]);
    expect(pairs("区政府常务会议学法4次，全区各单位组织学法活动300余次。")).toEqual([
      ["study.executive_meetings", 4],
      ["study.sessions", 300],
    ]);
    expect(pairs("区政府常务会议会前学法12次，组织集中学习30次。")).toEqual([
      ["study.executive_meetings", 12],
      ["study.sessions", 30],
    ]);
    expect(pairs("落实常务会议学法制度。全年开展集中学法20次。")).toEqual([["study.sessions", 20]]);
  });
});

describe("a total standing alone in its clause counts what the clause before names", () => {
  it.each([
    ["村（社区）人民调解委员会实现全覆盖，共386个。", [["mediation.organizations", 386]]],
    ["惠企资金直达企业账户，共计2.37亿元。", [["enterprise.funds", 237000000]]],
    ["组织全区干部参加年度学法考试，共1,200人。", [["training.exam_participants", 1200]]],
    ["聘请法律顾问，合计15名。", [["counsel.advisers", 15]]],
    ["全区各部门已完成自查整改，共52家。", []],
    ["开展执法检查3次，共计12个。", [["enforcement.inspections", 3]]],
  ])("%s", (text, expected) => {
    expect(facts(text).map(([metric, value]) => [metric, value])).toEqual(expected);
  });
});
