import {describe, expect, it} from "vitest";
import {labelContexts} from "../../src/extract/label-context.ts";
import {scanNumbers} from "../../src/extract/scan.ts";

const contexts = (text: string) => {
  const tokens = scanNumbers(text);
  return labelContexts(text, tokens, 0).flatMap((c, i) => (c ? [{raw: tokens[i]!.raw, ...c}] : []));
};

describe("labelContexts", () => {
  it("gives each figure the words since the previous figure of its clause, and up to the next", () => {
    const [a, b] = contexts("共梳理权力事项1140项，包括行政许可155项、行政确认26项。").slice(1);
    expect(a).toMatchObject({raw: "155项", before: "包括行政许可", after: "", clause: "包括行政许可"});
    expect(b).toMatchObject({raw: "26项", before: "、行政确认", clause: "包括行政许可155项、行政确认"});
  });

  it("marks a change and a former value, and gives the later number the former's label", () => {
    const [former, now] = contexts("涉企检查事项由46项压减至28项。");
    expect(former).toMatchObject({change: true});
    expect(now).toMatchObject({change: false, before: "涉企检查事项"});
    expect(contexts("比上年增加12件。")[0]).toMatchObject({change: true});
  });

  it("pairs the labels of a 分别为 list with its numbers", () => {
    const list = contexts("收到、受理、审结行政复议案件分别为96件、89件、85件。");
    expect(list.map((c) => c.before)).toEqual(["收到", "受理", "审结行政复议案件"]);
    const text = "收到、受理、审结行政复议案件分别为96件、89件、85件。";
    for (const c of list) expect(text.slice(c.beforeStart, c.beforeStart + c.before.length)).toBe(c.before);
  });

  it("gives a number right after a colon the words before the colon", () => {
    const text = "罚没款金额合计：256.8万元。行政复议：全年收到申请52件。";
    const [amount, received] = contexts(text);
    expect(amount).toMatchObject({before: "罚没款金额合计", beforeStart: 0});
    // Words of its own between the colon and the number are the label: the heading only names the subject.
    expect(received).toMatchObject({before: "全年收到申请"});
  });

  it("gives a clause of only a total's word and its number the clause before, when that has no figure", () => {
    expect(contexts("惠企资金直达企业账户，共计2.37亿元。")[0]).toMatchObject({
      before: "惠企资金直达企业账户",
      beforeStart: 0,
    });
    expect(contexts("村（社区）人民调解委员会实现全覆盖，共386个。")[0]!.before).toBe(
      "村（社区）人民调解委员会实现全覆盖",
    );
    // Words of its own, or a figure in the clause before, keep the clause its own.
    expect(contexts("开展行政执法检查，共计出动执法人员500人次。")[0]!.before).toBe("共计出动执法人员");
    expect(contexts("开展执法检查3次，共计12个。")[1]!.before).toBe("共计");
  });

  it("knows where each figure's sentence starts", () => {
    const text = "第一句。全年开展行政检查120次；办结85件。";
    expect(contexts(text).map((c) => c.sentenceStart)).toEqual([4, text.indexOf("办结")]);
  });
});
