import {describe, expect, it} from "vitest";
import {extractText} from "../../src/extract/report.ts";

const NOTE = "（测试用虚构报告，数字为编造。）";
const BODY =
  "一、主要举措和成效\n全年办理行政复议案件12件，组织执法检查300次，开展法治宣传活动45场，持续深化法治政府建设各项工作。";
const yearCheck = (text: string, year: number | null) =>
  extractText(text, {body: "test", year}).checks.find((c) => c.id === "report.year")!;

describe("statedYear (through report.year)", () => {
  it("takes the year of the title line, past a note, a plan period and a later plan year", () => {
    for (const title of [
      "青禾县人民政府关于2024年度法治政府建设情况的报告",
      "2024年示例区法治政府建设年度报告",
      "示例区贯彻落实《法治政府建设实施纲要（2021－2025年）》2024年度情况报告",
      "示例区2024年法治政府建设工作总结和2025年工作打算",
    ]) {
      expect(yearCheck(`${NOTE}\n${title}\n${BODY}`, 2024)).toMatchObject({status: "pass", message: "标题写明2024年"});
      const wrong = yearCheck(`${NOTE}\n${title}\n${BODY}`, 2023);
      expect(wrong.status).toBe("fail");
      expect(wrong.message).toMatch(/^报告归档为2023年，标题写的是“2024年度?”/);
      expect(wrong.location!.raw).toMatch(/^2024年/);
    }
  });

  it("takes the year a report's first sentence starts with, in figures or in words, after an addressee", () => {
    const opening = "2024年，示例区坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得新进展。";
    expect(yearCheck(`区委：\n${opening}\n${BODY}`, 2023)).toMatchObject({status: "fail"});
    expect(yearCheck(`${opening}\n${BODY}`, 2024)).toMatchObject({status: "pass", message: "开头写明2024年"});
    const words = "二〇二三年以来，示例区深入贯彻落实党的二十大精神，法治政府建设迈出坚实步伐，取得明显成效。";
    // 以来 looks back: a report on 2024 may begin 二〇二三年以来, one on 2025 may not.
    expect(yearCheck(`${words}\n${BODY}`, 2024).status).toBe("pass");
    expect(yearCheck(`${words}\n${BODY}`, 2025).message).toBe(
      "报告归档为2025年，开头写的是“二〇二三年”：请核对文件所在的年份",
    );
  });

  it("states no year by a date, a year inside running text, or a head without one", () => {
    // A date opens the sentence; the filed year is then judged by the years the text names.
    const dated = "2023年12月，区政府印发2024年法治政府建设工作要点，明确全年任务，压实各部门责任，推动工作落实。";
    expect(yearCheck(`${dated}\n${BODY}`, 2024).status).toBe("pass");
    const untitled = "今年以来，示例区在区委的坚强领导下，扎实推进2024年法治政府建设各项任务，取得积极成效。";
    expect(yearCheck(`${untitled}\n${BODY}`, 2024).status).toBe("pass");
    expect(yearCheck(`${untitled}\n${BODY}`, 2023).status).toBe("fail");
  });

  it("accepts any year of a report titled with a range of years", () => {
    const title = "示例区2023—2024年度法治政府建设情况报告";
    expect(yearCheck(`${title}\n${BODY}`, 2024).status).toBe("pass");
    expect(yearCheck(`${title}\n${BODY}`, 2023).status).toBe("pass");
    expect(yearCheck(`${title}\n${BODY}`, 2022).status).toBe("fail");
  });

  it("without a stated year, judges the filed year by the signature's: the year itself or the one before", () => {
    const untitled =
      "今年以来，示例区扎实推进法治政府建设，2023年和2024年的任务均已完成，取得积极成效，群众满意度提升。";
    const signed = (date: string) => `${untitled}\n${BODY}\n示例区人民政府\n${date}`;
    expect(yearCheck(signed("2025年3月10日"), 2024).status).toBe("pass");
    expect(yearCheck(signed("2024年12月30日"), 2024).status).toBe("pass");
    expect(yearCheck(signed("2025年3月10日"), 2023)).toMatchObject({
      status: "fail",
      message: "报告归档为2023年，落款日期却是2025-03-10（2023年的报告应落款于2023或2024年）：请核对文件所在的年份",
    });
  });

  it("is the report's year when none is given", () => {
    const title = "示例区贯彻落实《法治政府建设实施纲要（2021－2025年）》2024年度情况报告";
    expect(extractText(`${title}\n${BODY}`, {body: "test", year: null}).report.year).toBe(2024);
  });
});

describe("statedYear on a saved web page", () => {
  it("passes over the site's date line and navigation to the title", () => {
    const head = ["某区人民政府 2019年12月3日星期二", "首页 > 政务公开 > 法治政府建设 > 2025年", "无障碍 简体 | 繁体"];
    const text = `${head.join("\n")}\n某区2024年度法治政府建设情况报告\n${BODY}`;
    expect(yearCheck(text, 2024)).toMatchObject({status: "pass", message: "标题写明2024年"});
    expect(yearCheck(text, 2025).message).toMatch(/^报告归档为2025年，标题写的是“2024年度”/);
  });
});
