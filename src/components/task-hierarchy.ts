import {element} from "./dom.ts";
import {formatCount} from "./format.ts";
import {PALETTE} from "./palette.ts";

/** One level of a breakdown: 7 大项, then 21 小项, then 62 具体措施. */
export interface HierarchyLevel {
  label: string;
  value: number;
  unit: string;
}

/**
 * A breakdown drawn level under level, each level split into as many cells
 * as it counts, all across the same width: the fan-out from 7 major tasks to
 * 62 measures reads at a glance. The report gives counts, not which measure
 * belongs to which task, so no cell claims a parent.
 */
export function taskHierarchy(levels: readonly HierarchyLevel[], {width = 640} = {}): HTMLElement {
  const figure = element("figure", "task-hierarchy");
  figure.setAttribute("role", "img");
  figure.setAttribute("aria-label", levels.map((l) => `${formatCount(l.value)}${l.unit}${l.label}`).join("，"));
  levels.forEach((level, depth) => {
    const row = element("div", "level");
    row.append(
      element("div", "level-label", `${formatCount(level.value)}${level.unit}`, element("small", "", level.label)),
    );
    const cells = element("div", "cells");
    cells.style.width = `${width - 140}px`;
    const count = Math.max(0, Math.round(level.value));
    for (let i = 0; i < count; i++) {
      const cell = element("span", "cell");
      cell.style.background = depth === 0 ? PALETTE.bar : depth === 1 ? "#6f94c4" : "#b5c8e2";
      cells.append(cell);
    }
    row.append(cells);
    figure.append(row);
  });
  return figure;
}

/** The levels of the enforcement action's breakdown a report gives, from its facts: 任务 (major, minor), then 具体措施. */
export function enforcementLevels(
  facts: readonly {metric: string; value: number; unit: string; category: string | null; chosen: boolean | null}[],
): HierarchyLevel[] {
  const levels: [string, string][] = [
    ["major", "任务"],
    ["minor", "任务"],
    ["measures", "具体措施"],
  ];
  return levels.flatMap(([key, label]) => {
    const fact = facts.find((f) => f.metric === `enforcement.tasks.${key}` && f.category === null && f.chosen === true);
    return fact ? [{label, value: fact.value, unit: fact.unit}] : [];
  });
}
