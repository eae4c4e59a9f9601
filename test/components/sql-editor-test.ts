import {describe, expect, it} from "vitest";
import {runQuery, SQL_EXAMPLES, sqlEditor, tableColumns} from "../../src/components/sql-editor.ts";
import {FIXTURE_TABLES, openNodeDuckDB} from "../dom/duckdb-node.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("sqlEditor", () => {
  it("holds the query, and gives a new value only when run, not at each keystroke", () => {
    const editor = sqlEditor("SELECT 1");
    expectSnapshot("sql-editor", editor);
    const values: string[] = [];
    editor.addEventListener("input", () => values.push(editor.value));
    const box = editor.querySelector("textarea")!;
    box.value = "SELECT 2";
    box.dispatchEvent(new Event("input", {bubbles: true}));
    expect(values).toEqual([]);
    editor.dispatchEvent(new Event("submit", {cancelable: true}));
    expect(values).toEqual(["SELECT 2"]);
  });
});

describe("runQuery", () => {
  it("gives rows, or DuckDB's error as an outcome; every example runs on the published tables", async () => {
    const db = await openNodeDuckDB();
    db.run(FIXTURE_TABLES);
    expect(await runQuery(db, "SELECT 1 AS x")).toEqual({rows: [{x: 1}]});
    expect((await runQuery(db, "SELEC nonsense")).error).toMatch(/syntax error/i);
    for (const [name, sql] of SQL_EXAMPLES) expect((await runQuery(db, sql)).error, name).toBeUndefined();
    expect((await tableColumns(db)).map((t) => t.table_name)).toContain("facts");
  }, 60_000);
});
