import {bodyKindLabel} from "../model/body-kinds.ts";

/** A figure to set beside another: whose, of what kind, for which year. */
export interface Comparable {
  body_kind: string;
  year: number;
  qualifier: string;
}

/**
 * Why a peer's figure cannot be read directly against ours, in Chinese, or
 * "" when it can: a different kind of body counts a different scope (a city's
 * departments are not a zone's), a different year a different list, and an
 * approximate figure only bounds the value.
 */
export function comparabilityNote(ours: Comparable, peer: Comparable): string {
  const notes: string[] = [];
  if (ours.body_kind !== peer.body_kind)
    notes.push(`口径不同：${bodyKindLabel(peer.body_kind)}与${bodyKindLabel(ours.body_kind)}`);
  if (ours.year !== peer.year) notes.push(`年份不同：${peer.year}年与${ours.year}年`);
  if (peer.qualifier !== "exact" || ours.qualifier !== "exact") notes.push("含约数或范围");
  return notes.join("；");
}

/** What a body's power-list categories are counted in: they add up to its sub-items (子项) or to its items (事项). */
export interface CategoryBasis {
  basis: "子项" | "事项";
  total: number;
}

/** The basis of one report's (or one reference body-year's) categories, when its totals say which it is. */
export function categoryBasis(
  figures: readonly {metric: string; category?: string | null; value: number}[],
): CategoryBasis | undefined {
  let sum = 0;
  for (const f of figures) if (f.metric === "power_list.category") sum += f.value;
  if (sum === 0) return undefined;
  const total = (metric: string) => figures.find((f) => f.metric === metric && !f.category)?.value;
  if (total("power_list.subitems") === sum) return {basis: "子项", total: sum};
  if (total("power_list.items") === sum) return {basis: "事项", total: sum};
  return undefined;
}

/** 行政处罚 1719 of 2173 sub-items beside 702 of 1928 items: categories counted in different units do not compare. */
export function basisNote(ours: CategoryBasis | undefined, peer: CategoryBasis | undefined): string {
  if (!ours || !peer || ours.basis === peer.basis) return "";
  return `分类计数不同：本报告按${ours.basis}（合计${ours.total}项），对方按${peer.basis}（合计${peer.total}项）`;
}
