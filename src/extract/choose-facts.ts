import type {Fact} from "../model/fact.ts";

/** Two or more different figures a report gives for one metric, none of which a careful reader can prefer. */
export interface Conflict {
  metric: string;
  category: string | null;
  facts: Fact[];
}

/** Metrics whose total is the one the sub-items and categories belong to. */
const TOTALS = new Set(["power_list.items", "power_list.subitems"]);
const TOTAL_WORDS = /共|合计|总计|共计|总数|累计/;

/**
 * Decides which fact of each metric (and category) is the report's figure,
 * setting `chosen`. One figure, or several equal ones: the first. Several
 * different ones: for a power-list total, the one stated with the sub-items
 * or categories it is the total of, else the one stated as a total (共, 合计);
 * otherwise none is chosen, and the conflict is returned so a check can show
 * both sentences. A page never shows a figure the report contradicts.
 */
export function chooseFacts(facts: readonly Fact[]): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = `${fact.metric}\u0000${fact.category ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  // The power-list metrics stated in each sentence, to find the total its sub-items and categories belong to.
  const listed = new Map<number, Set<string>>();
  for (const fact of facts) {
    if (!fact.metric.startsWith("power_list.")) continue;
    const metrics = listed.get(fact.sentence_start) ?? new Set();
    listed.set(fact.sentence_start, metrics.add(fact.metric));
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    for (const fact of group) fact.chosen = false;
    const winner = group.every((f) => sameFigure(f, group[0]!)) ? group[0] : preferred(group, listed);
    if (winner) winner.chosen = true;
    else conflicts.push({metric: group[0]!.metric, category: group[0]!.category, facts: group});
  }
  return conflicts;
}

function preferred(group: readonly Fact[], listed: ReadonlyMap<number, ReadonlySet<string>>): Fact | undefined {
  if (!TOTALS.has(group[0]!.metric)) return undefined;
  const withParts = group.filter((f) => hasOther(listed.get(f.sentence_start), f.metric));
  if (withParts.length === 1) return withParts[0];
  const stated = (withParts.length ? withParts : group).filter((f) => TOTAL_WORDS.test(clauseBefore(f)));
  return stated.length === 1 ? stated[0] : undefined;
}

/** Whether the figure is written the same: its value (or range) and qualifier. */
function sameFigure(a: Fact, b: Fact): boolean {
  return a.value === b.value && a.value_high === b.value_high && a.qualifier === b.qualifier;
}

function hasOther(metrics: ReadonlySet<string> | undefined, metric: string): boolean {
  if (metrics) for (const m of metrics) if (m !== metric) return true;
  return false;
}

/** The fact's own clause up to the fact, and the fact's fragment (共 often stands inside it: 权力事项共1098项). */
function clauseBefore(fact: Fact): string {
  const prefix = fact.sentence.slice(0, fact.start - fact.sentence_start);
  let from = prefix.length;
  while (from > 0 && !CLAUSE_MARKS.has(prefix[from - 1]!)) from--;
  return prefix.slice(from) + fact.raw;
}

const CLAUSE_MARKS = new Set("，,；;：:");
