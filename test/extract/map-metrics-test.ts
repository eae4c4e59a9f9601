import {describe, expect, it} from "vitest";
import {mapMetrics} from "../../src/extract/map-metrics.ts";
import {splitParagraphs} from "../../src/extract/paragraphs.ts";
import {scanNumbers} from "../../src/extract/scan.ts";

const map = (text: string) => {
  const [paragraph] = splitParagraphs(text);
  return mapMetrics(paragraph!, scanNumbers(paragraph!.text, paragraph!.start), {
    label: "一、",
    heading: "持续推进依法行政",
    topic: "enforcement",
  });
};
const facts = (text: string) => map(text).facts.map((f) => [f.metric, f.category, f.value, f.raw]);

describe("mapMetrics", () => {
  it("maps the power list in its phrasings", () => {
    expect(facts("共梳理权力事项1140(子项2173)项，包括行政许可155项、其它行政权力92项。")).toEqual([
      ["power_list.items", null, 1140, "权力事项1140"],
      ["power_list.subitems", null, 2173, "子项2173"],
      ["power_list.category", "行政许可", 155, "行政许可155项"],
      ["power_list.category", "其他行政权力", 92, "其它行政权力92项"],
    ]);
    expect(facts("行政职权共3000项，其中行政处罚类事项2000项。")).toEqual([
      ["power_list.items", null, 3000, "行政职权共3000项"],
      ["power_list.category", "行政处罚", 2000, "行政处罚类事项2000项"],
    ]);
  });

  it("maps the study, enforcement and enterprise figures", () => {
    expect(facts("全区21个党委(党组)理论学习中心组学习近40次。")).toEqual([
      ["study.groups", null, 21, "21个党委(党组)理论学习中心组"],
      ["study.sessions", null, 40, "中心组学习近40次"],
    ]);
    expect(facts("开展执法质量三年行动，对7大项21小项62项具体措施进行分工。").map((f) => f[0])).toEqual([
      "enforcement.tasks.major",
      "enforcement.tasks.minor",
      "enforcement.tasks.measures",
    ]);
    expect(facts("列入涉企检查事项32项，惠及辖区近500家企业。")).toEqual([
      ["inspection.enterprise_items", null, 32, "涉企检查事项32项"],
      ["enterprise.benefited", null, 500, "惠及辖区近500家企业"],
    ]);
  });

  it("reads 全部办结 as 100%, with the words as its source", () => {
    const {facts, numbers} = map("企业服务中心受理的企业诉求全部办结。");
    expect(numbers).toEqual([]);
    expect(facts).toEqual([
      expect.objectContaining({
        metric: "enterprise.demands_resolved_share",
        value: 100,
        unit: "%",
        raw: "企业诉求全部办结",
      }),
    ]);
  });

  it("leaves a number unmapped when no rule fits, and never maps a year or a name", () => {
    const {numbers, facts: mapped} = map("2024年共接待群众3000人次，落实三项制度。");
    expect(mapped).toEqual([]);
    expect(numbers.map((n) => [n.kind, n.metric])).toEqual([
      ["year", null],
      ["quantity", null],
      ["name", null],
    ]);
  });

  it("gives each fact its section and sentence", () => {
    const [fact] = map("前一句。列入涉企检查事项32项，并公示。后一句。").facts;
    expect(fact).toMatchObject({section: "一、", sentence: "列入涉企检查事项32项，并公示。"});
  });
});
