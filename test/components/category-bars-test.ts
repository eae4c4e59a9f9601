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

  it("fills a wall screen's box, its axis labels apart at the screen's type size", () => {
    const node = categoryBars(CATEGORIES, {width: 860, height: 800, fontSize: 20});
    const svg = node.querySelector("svg")!;
    expect(svg.getAttribute("height")).toBe("800");
    const ticks = [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    // The plot area is 860 − 8·20 − 10·20 = 500 px: no more than one label per 100 px.
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
  });

  it("starts with nothing chosen", () => {
    expect(categoryBars(CATEGORIES, {width: 700}).value ?? null).toBeNull();
  });

  it("selects a category from its name as from its bar, and a second click clears it", () => {
    const node = categoryBars(CATEGORIES, {width: 700});
    const name = [...node.querySelectorAll("g[aria-label='y-axis tick label'] text")].find(
      (t) => t.textContent === "行政许可",
    )!;
    name.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(node.value).toBe("行政许可");
    name.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    expect(node.value).toBeNull();
  });
});
