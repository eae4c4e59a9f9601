import {describe, expect, it} from "vitest";
import {findPlanEvidence} from "../../src/tables/plan-evidence.ts";
import {extractText} from "../../src/extract/report.ts";

const report = (year: number, text: string) => extractText(text, {body: "t", year});

describe("findPlanEvidence", () => {
  const y2023 = report(
    2023,
    "一、成效\n正文。\n二、2024年工作打算\n2024年,本区将重新梳理权责事项,编制新版权责清单;建设地下综合管廊示范工程。",
  );
  const y2024 = report(
    2024,
    "一、成效\n全区重新梳理权责事项,完成新版权责清单编制,共梳理权力事项100项。\n积极推进法治政府建设。",
  );

  it("finds the next year's sentence that carries a plan's distinctive words, and nothing for a plan it does not mention", () => {
    const found = findPlanEvidence([y2023, y2024]);
    const plans = y2023.items.filter((i) => i.kind === "plan");
    expect(plans.map((p) => p.name)).toEqual(["重新梳理权责事项,编制新版权责清单", "建设地下综合管廊示范工程"]);
    const evidence = found.get(`t|2023|${plans[0]!.start}`);
    expect(evidence).toMatchObject({
      year: 2024,
      sentence: "全区重新梳理权责事项,完成新版权责清单编制,共梳理权力事项100项。",
    });
    expect(y2024.text.slice(evidence!.start, evidence!.end)).toBe(evidence!.sentence);
    expect(found.has(`t|2023|${plans[1]!.start}`)).toBe(false);
  });

  it("finds nothing when the next year's report is missing", () => {
    expect(findPlanEvidence([y2023]).size).toBe(0);
  });
});
