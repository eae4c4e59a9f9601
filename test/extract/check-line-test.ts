import {describe, expect, it} from "vitest";
import {checkLine, oneLineFragment} from "../../src/extract/check-line.ts";

describe("checkLine", () => {
  it("gives status, id, place and message on one line", () => {
    expect(
      checkLine({
        id: "power_list.category_sum",
        status: "fail",
        message: "2类合计6项，与权力事项总数10项不符（少4项）",
        location: {start: 5, end: 20, raw: "权力事项10项，包括行政许可4项、行政处罚2项"},
      }),
    ).toBe(
      "fail power_list.category_sum at characters 5–20 “权力事项10项，包括行政许可4项、行政处罚2项”: 2类合计6项，与权力事项总数10项不符（少4项）",
    );
    expect(checkLine({id: "report.year", status: "fail", message: "报告正文中找不到年份"})).toBe(
      "fail report.year: 报告正文中找不到年份",
    );
  });
});

describe("oneLineFragment", () => {
  it("joins lines and shortens a long fragment in the middle, never splitting a character", () => {
    expect(oneLineFragment("甲\n  乙")).toBe("甲 乙");
    const long = "𠀀".repeat(50) + "中" + "𠀁".repeat(50);
    const short = oneLineFragment(long, 21);
    expect([...short]).toHaveLength(21);
    expect(short).toBe("𠀀".repeat(10) + "…" + "𠀁".repeat(10));
  });
});
