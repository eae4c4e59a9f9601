import {describe, expect, it} from "vitest";
import {CHANGE_BEFORE, FORMER_BEFORE, glueAtEnd, glueAtStart} from "../../src/extract/glue.ts";

describe("glue", () => {
  it("measures the words between a label and its number that say nothing of what is counted", () => {
    expect(glueAtEnd("行政职权共计")).toBe(2);
    expect(glueAtEnd("权力事项共计")).toBe(4); // 事项 says nothing of which list: 权力 is the label
    expect(glueAtEnd("纠错率为")).toBe(1);
    expect(glueAtEnd("涉企检查事项压减至")).toBe(5);
    expect(glueAtEnd("开展行政检查")).toBe(0);
    expect(glueAtEnd("共")).toBe(1);
    expect(glueAtStart("的行政职权")).toBe(1);
  });

  it("tells a change or a former value from a count", () => {
    for (const change of ["比上年增加", "同比下降", "较去年减少了", "增长"])
      expect(CHANGE_BEFORE.test(change)).toBe(true);
    for (const count of ["减少到", "压减至", "共计", "办理"]) expect(CHANGE_BEFORE.test(count)).toBe(false);
    expect(FORMER_BEFORE.test("涉企检查事项由")).toBe(true);
  });
});
