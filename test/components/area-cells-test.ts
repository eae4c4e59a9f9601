import {describe, expect, it} from "vitest";
import {areaCells} from "../../src/components/area-cells.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("areaCells", () => {
  it("draws one equal cell per area, in the report's order", () => {
    const areas = ["婚姻家庭", "邻里纠纷", "劳动争议"].map((name) => ({name, raw: `${name}领域`}));
    expectSnapshot("area-cells", areaCells(areas, {width: 600}));
  });

  it("wraps onto rows on a phone, so that every name fits its cell", () => {
    const areas = ["婚恋家庭", "邻里关系", "涉众金融", "欠资欠薪", "征地拆迁", "医疗卫生"].map((name) => ({
      name,
      raw: name,
    }));
    const svg = areaCells(areas, {width: 340});
    const rows = new Set([...svg.querySelectorAll("g[aria-label='cell'] rect")].map((r) => r.getAttribute("y")));
    expect(rows.size).toBe(2);
    expectSnapshot("area-cells-phone", svg);
  });

  it("says when the report lists none", () => {
    expectSnapshot("area-cells-empty", areaCells([]));
  });
});
