import {describe, it} from "vitest";
import {categoryTreemap} from "../../src/components/category-treemap.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {CATEGORIES} from "./charts-fixture.ts";

useDom();

describe("categoryTreemap", () => {
  it("gives each category an area in proportion to its count", () => {
    expectSnapshot("category-treemap", categoryTreemap(CATEGORIES, {width: 700, height: 300}));
  });
});
