/** One line of the benchmark table: what was measured, the figure, and the goal it is held to. */
export interface BenchRow {
  name: string;
  figure: string;
  goal: string;
  met: boolean | null;
}

/** The benchmark table as Markdown, ready for the README. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = ["| measure | figure | goal | met |", "| --- | ---: | --- | :---: |"];
  for (const {name, figure, goal, met} of rows)
    lines.push(`| ${name} | ${figure} | ${goal} | ${met === null ? "–" : met ? "yes" : "no"} |`);
  return lines.join("\n");
}
