import {Table} from "apache-arrow";

/**
 * The data page's table: each report's row of `reports` with its text from
 * `texts` beside it, as the page's description line and text need them. Built
 * from the two published tables, which hold the same reports in the same order.
 */
export function reportTextsTable(reports: Table, texts: Table): Table {
  const [bodies, years] = [reports.getChild("body")!, reports.getChild("year")!];
  const [textBodies, textYears] = [texts.getChild("body")!, texts.getChild("year")!];
  for (let i = 0; i < Math.max(reports.numRows, texts.numRows); i++) {
    if (bodies.get(i) !== textBodies.get(i) || years.get(i) !== textYears.get(i)) {
      throw new Error(`报告表与原文表第 ${i + 1} 行不是同一份报告，无法合并`);
    }
  }
  const columns = Object.fromEntries(reports.schema.fields.map((f) => [f.name, reports.getChild(f.name)!]));
  return new Table({...columns, text: texts.getChild("text")!});
}
