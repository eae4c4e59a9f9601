import {describe, it} from "vitest";
import {areaCells} from "../../src/components/area-cells.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("areaCells", () => {
  it("draws one equal cell per area, in the report's order", () => {
    const areas = ["婚姻家庭", "邻里纠纷", "劳动争议"].map((name) => ({name, raw: `${name}领域`}));
    expectSnapshot("area-cells", areaCells(areas, {width: 600}));
  });

  it("says when the report lists none", () => {
    expectSnapshot("area-cells-empty", areaCells([]));
  });
});
