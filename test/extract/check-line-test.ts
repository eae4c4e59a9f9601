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

describe("a check line from a huge report", () => {
  it("stays under a few hundred characters, whatever the fragment and the message hold", () => {
    const raw = "权力事项120项，" + "行政许可1项、".repeat(50_000) + "其它10项";
    const message = `百分比超出0–100：${Array.from({length: 50_000}, (_, i) => `${101 + i}%`).join("、")}`;
    const line = checkLine({
      id: "shares.range",
      status: "fail",
      message,
      location: {start: 0, end: raw.length, raw},
    });
    expect(line.length).toBeLessThan(400);
    expect(line).toContain(`at characters 0–${raw.length} “权力事项120项，`);
    expect(line).toContain("…");
    expect(line).toMatch(/^fail shares\.range at characters .*: 百分比超出0–100：101%、.*…/);
    expect(line).not.toContain("\n");
  });

  it("keeps a short message and fragment whole", () => {
    expect(oneLineFragment("百分比超出0–100：120%", 200)).toBe("百分比超出0–100：120%");
    const edge = "甲".repeat(80);
    expect(oneLineFragment(edge)).toBe(edge);
    expect(oneLineFragment("甲".repeat(81))).toHaveLength(79);
  });

  it("joins lines even at the ends of a fragment too long to read whole", () => {
    const raw = "甲\n".repeat(10_000);
    expect(oneLineFragment(raw)).not.toContain("\n");
    expect(oneLineFragment(raw).length).toBeLessThanOrEqual(80);
  });
});
