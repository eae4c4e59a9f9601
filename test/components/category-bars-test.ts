import {describe, expect, it} from "vitest";
import {categoryBars} from "../../src/components/category-bars.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {CATEGORIES} from "./charts-fixture.ts";

useDom();

describe("categoryBars", () => {
  it("draws counts largest first, each with its count and share", () => {
    expectSnapshot("category-bars", categoryBars(CATEGORIES, {width: 700}));
  });

  it("draws shares in share mode", () => {
    expectSnapshot("category-bars-share", categoryBars(CATEGORIES, {width: 700, mode: "share"}));
  });

  it("starts with nothing chosen", () => {
    expect(categoryBars(CATEGORIES, {width: 700}).value ?? null).toBeNull();
  });
});
