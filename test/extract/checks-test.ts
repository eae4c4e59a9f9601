import {describe, expect, it} from "vitest";
import {runChecks, type CheckInput} from "../../src/extract/checks.ts";
import {extractText} from "../../src/extract/report.ts";

const checksOf = (text: string, year: number | null = null) => {
  const {checks} = extractText(text, {body: "test", year});
  return Object.fromEntries(checks.map((c) => [c.id, c]));
};

describe("runChecks", () => {
  it("sums the categories to the sub-items, else to the items, and says by how much they differ", () => {
    expect(
      checksOf("2024年。权力事项10(子项6)项，包括行政许可4项、行政处罚2项。")["power_list.category_sum"],
    ).toMatchObject({status: "pass"});
    expect(checksOf("2024年。权力事项10项，包括行政许可4项、行政处罚2项。")["power_list.category_sum"]).toMatchObject({
      status: "fail",
      message: "2类合计6项，与权力事项总数10项不符（少4项）",
    });
    expect(checksOf("2024年。权责清单包括行政许可4项。")["power_list.category_sum"]!.status).toBe("warn");
    expect(checksOf("2024年。没有清单。")["power_list.category_sum"]!.status).toBe("skip");
  });

  it("fails a category given twice with different counts", () => {
    const twice = "2024年。权责清单中行政许可4项。另有权责清单行政许可5项。";
    expect(checksOf(twice)["power_list.category_repeats"]!.status).toBe("fail");
  });

  it("names the first five repeated categories and counts the rest, as the other checks do", () => {
    const categories = ["行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认"];
    const text = `2024年。权责清单中${categories.map((c) => `${c}4项`).join("、")}。另有权责清单${categories.map((c) => `${c}5项`).join("、")}。`;
    const {message} = checksOf(text)["power_list.category_repeats"]!;
    expect(message).toBe(
      "同一类别有不同的数：行政许可（4项与5项）、行政处罚（4项与5项）、行政强制（4项与5项）、行政征收（4项与5项）、行政给付（4项与5项）等7处",
    );
  });

  it("fails a share outside 0–100", () => {
    expect(checksOf("2024年。办结率120%。")["shares.range"]!.status).toBe("fail");
    expect(checksOf("2024年。办结率100%。")["shares.range"]!.status).toBe("pass");
  });

  it("fails when no year is found, or the filed year is not in the text", () => {
    expect(checksOf("没有年份。")["report.year"]!.status).toBe("fail");
    expect(checksOf("工作始于2023年。", 2024)["report.year"]).toMatchObject({
      status: "fail",
      message: "报告归档为2024年，正文只提到2023年",
    });
    expect(checksOf("2024年工作。", 2024)["report.year"]!.status).toBe("pass");
  });

  it("warns of repeated paragraphs and of a text cut off mid-sentence", () => {
    expect(checksOf("2024年甲。\n2024年甲。")["report.duplicates"]).toMatchObject({
      status: "warn",
      message: "删除重复段落1段，其中的数字只计一次",
    });
    expect(checksOf("2024年，全区共梳理权力事项")["report.complete"]!.status).toBe("warn");
  });

  it("fails an action plan whose tasks do not nest", () => {
    expect(checksOf("2024年。执法行动对9大项3小项62项具体措施分工。")["enforcement.tasks_nested"]!.status).toBe("fail");
  });

  it("says where in the text a check about particular figures looks", () => {
    const text =
      "2024年。权力事项10(子项6)项，包括行政许可4项、行政处罚3项。办结率120%。\n执法行动对9大项3小项62项具体措施分工。";
    const checks = checksOf(text);
    const where = (id: string) => checks[id]!.location;
    expect(where("power_list.category_sum")).toEqual({
      start: text.indexOf("权力事项10"),
      end: text.indexOf("3项。") + 2,
      raw: "权力事项10(子项6)项，包括行政许可4项、行政处罚3项",
    });
    expect(where("shares.range")!.raw).toBe("120%");
    expect(where("enforcement.tasks_nested")!.raw).toBe("9大项3小项62项具体措施");
    for (const check of Object.values(checks)) {
      if (check.location) expect(text.slice(check.location.start, check.location.end)).toBe(check.location.raw);
    }
    expect(
      checksOf("2024年。权责清单中行政许可4项。另有权责清单行政许可5项。")["power_list.category_repeats"]!.location!
        .raw,
    ).toBe("行政许可5项");
    expect(checksOf("2023年工作。", 2024)["report.year"]!.location!.raw).toBe("2023年");
    expect(checksOf("2024年，全区共梳理权力事项")["report.complete"]!.location).toEqual({
      start: 3,
      end: 15,
      raw: "4年，全区共梳理权力事项",
    });
  });

  it("reports a check that breaks instead of throwing", () => {
    const broken = {year: null, text: "", facts: null, numbers: [], duplicatesRemoved: 0} as unknown as CheckInput;
    const checks = runChecks(broken);
    expect(checks.some((c) => c.status === "fail" && c.message.startsWith("检查出错"))).toBe(true);
  });
});
