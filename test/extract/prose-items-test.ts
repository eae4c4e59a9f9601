import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractText} from "../../src/extract/report.ts";
import type {ItemKind} from "../../src/model/item.ts";

const seed = extractText(readFileSync("data/reports/dalian-hitech/2024.txt", "utf8"), {
  body: "dalian-hitech",
  year: 2024,
});
const names = (kind: ItemKind, extraction = seed) => extraction.items.filter((i) => i.kind === kind).map((i) => i.name);

describe("prose items of the seed, as read by hand", () => {
  it("lists the three shortcomings and the six plans", () => {
    expect(names("shortcoming")).toEqual([
      "个别领导干部运用法治思维和法治方式谋划 工作、解决问题的成效还不够明显",
      "行政执法人员能力水平还需进一步提高",
      "公平性竞争审查还需进一步紧跟政策更新方向进行强化",
    ]);
    const plans = names("plan");
    expect(plans).toHaveLength(6);
    expect(plans[0]).toBe(
      "持续加强法治政府建设,继续深入学习贯彻落实习近平法治思想,全面提升领导干部运用法治思维和法治方式谋划工作、解决问题的能力",
    );
    expect(plans[5]).toBe("增强风险防范意识,提高应对突发事件防范能力");
  });

  it("lists the dispute areas, the service forms, the study forms and the named systems", () => {
    expect(names("dispute_area")).toEqual(["婚恋家庭", "邻里关系", "涉众金融", "欠资欠薪", "征地拆迁", "医疗卫生"]);
    expect(seed.items.filter((i) => i.kind === "service_form").map((i) => `${i.detail}:${i.name}`)).toEqual([
      "线上服务:云帮办",
      "高频服务:帮代办",
      "商务服务:免费办",
      "社区服务:指尖办",
      "兜底服务:找我办",
    ]);
    expect(names("study_form")).toEqual(["党课", "三会一课", "主题党日"]);
    expect(names("system")).toEqual(["三项制度", "四张清单", "9+1体系", "六个一"]);
  });

  it("lists documents, reforms, the award and the grassroots measures, each under its topic", () => {
    expect(names("document")).toContain("行政复议法");
    expect(seed.items.find((i) => i.name === "行政复议法")?.topic).toBe("study");
    expect(names("reform")).toEqual(["综合窗口改革", "事项全销", "证照同销", "免申即享改革"]);
    expect(seed.items.find((i) => i.kind === "award")).toMatchObject({
      name: "辽宁省2023年度免申即享改革十佳典型案例",
      detail: "深化免申即享改革,助力企业技术创新",
      topic: "services",
    });
    expect(names("measure")).toEqual(["全面排查矛盾纠纷", "强化矛盾源头预防"]);
  });

  it("points every item at its text, in the first copy of the report", () => {
    for (const item of seed.items) {
      expect(seed.text.slice(item.start, item.end)).toBe(item.raw);
      expect(item.start).toBeLessThan(seed.text.length / 2);
    }
  });
});

describe("prose items in other phrasings", () => {
  it("reads plans enumerated with 一是 under a 工作安排 heading, and shortcomings under their own heading", () => {
    const text =
      "一、成效\n正文。\n二、存在的问题\n一是宣传不够；二是培训不足。\n三、下一步工作安排\n一是加强学习；二是完善制度；三是强化监督。";
    const extraction = extractText(text, {body: "t", year: 2024});
    expect(names("shortcoming", extraction)).toEqual(["宣传不够", "培训不足"]);
    expect(names("plan", extraction)).toEqual(["加强学习", "完善制度", "强化监督"]);
  });
});
