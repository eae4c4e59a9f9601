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
