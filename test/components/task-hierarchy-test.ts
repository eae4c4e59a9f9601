import {describe, expect, it} from "vitest";
import {enforcementLevels, taskHierarchy} from "../../src/components/task-hierarchy.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

const fact = (metric: string, value: number, chosen: boolean | null = true) => ({
  metric,
  value,
  unit: "项",
  category: null,
  chosen,
});

describe("taskHierarchy", () => {
  it("splits each level into as many cells as it counts", () => {
    const levels = [
      {label: "任务", value: 3, unit: "项"},
      {label: "任务", value: 7, unit: "项"},
      {label: "具体措施", value: 12, unit: "项"},
    ];
    expectSnapshot("task-hierarchy", taskHierarchy(levels, {width: 500}));
  });
});

describe("enforcementLevels", () => {
  it("takes the chosen figure of each level the report gives, in order", () => {
    const facts = [
      fact("enforcement.tasks.measures", 62),
      fact("enforcement.tasks.major", 7),
      fact("enforcement.tasks.major", 9, false),
    ];
    expect(enforcementLevels(facts)).toEqual([
      {label: "任务", value: 7, unit: "项"},
      {label: "具体措施", value: 62, unit: "项"},
    ]);
    expect(enforcementLevels([])).toEqual([]);
  });
});
