import {queryRows, type SqlConnection} from "./duckdb.ts";
import {element, setValue} from "./dom.ts";

/** Queries to start from, by what they show: the SQL page's list of examples. */
export const SQL_EXAMPLES: ReadonlyMap<string, string> = new Map([
  [
    "权责清单分类（按数量）",
    `SELECT category, value\nFROM facts\nWHERE metric = 'power_list.category'\nORDER BY value DESC`,
  ],
  ["各报告的数字个数", `SELECT body, year, count(*) AS facts\nFROM facts\nGROUP BY body, year\nORDER BY year`],
  [
    "带限定词的数字（近、约、以上…）",
    `SELECT label, value, unit, qualifier, raw\nFROM facts\nWHERE qualifier <> 'exact'`,
  ],
  ["核对结果", `SELECT body, year, id, status, message\nFROM checks\nORDER BY status`],
  ["工作打算与状态", `SELECT name, status\nFROM items\nWHERE kind = 'plan'`],
  ["各类条目数", `SELECT kind_label, count(*) AS items\nFROM items\nGROUP BY kind_label\nORDER BY items DESC`],
]);

/**
 * A SQL box and a 运行 button; Ctrl+Enter (⌘+Enter) runs too. Its `value`,
 * for `view()`, is the query last run, not every keystroke: a half-typed
 * query would otherwise run and fail at each letter.
 */
export function sqlEditor(sql: string): HTMLFormElement & {value: string} {
  const box = element("textarea", "", sql) as HTMLTextAreaElement;
  box.name = "sql";
  box.spellcheck = false;
  box.setAttribute("aria-label", "SQL 查询");
  const run = element("button", "", "运行") as HTMLButtonElement;
  run.type = "submit";
  const form = element("form", "sql-editor", box, run) as HTMLFormElement & {value: string};
  form.value = sql;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setValue(form, box.value);
  });
  box.addEventListener("input", (event) => event.stopPropagation());
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  return form;
}

/** What a reader's query gave: its rows, or the error in DuckDB's words. */
export type QueryOutcome = {rows: Record<string, unknown>[]; error?: undefined} | {rows?: undefined; error: string};

/** Runs a reader's query; a query that fails is an outcome to show, not an exception. */
export async function runQuery(db: SqlConnection, sql: string): Promise<QueryOutcome> {
  try {
    return {rows: await queryRows(db, sql)};
  } catch (error) {
    return {error: error instanceof Error ? error.message : String(error)};
  }
}

/** The published tables and their columns, for the SQL page's reference. */
export function tableColumns(db: SqlConnection): Promise<Record<string, unknown>[]> {
  return queryRows(
    db,
    `SELECT table_name, string_agg(column_name, ', ' ORDER BY ordinal_position) AS columns
     FROM information_schema.columns GROUP BY table_name ORDER BY table_name`,
  );
}
