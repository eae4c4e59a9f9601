import {createRequire} from "node:module";
import type {SqlConnection} from "../../src/components/duckdb.ts";

const require = createRequire(import.meta.url);

interface BlockingConnection {
  query(sql: string): {toArray(): {toJSON(): unknown}[]};
}

interface BlockingModule {
  createDuckDB(
    bundles: Record<string, {mainModule: string; mainWorker: string}>,
    logger: unknown,
    runtime: unknown,
  ): Promise<{instantiate(): Promise<unknown>; connect(): BlockingConnection}>;
  ConsoleLogger: new (level: number) => unknown;
  LogLevel: {WARNING: number};
  NODE_RUNTIME: unknown;
}

/**
 * DuckDB-WASM's own build for Node (the same engine and SQL as in the
 * browser, answering at once instead of from a worker), as the connection
 * the page queries take. `run` executes setup statements.
 */
export async function openNodeDuckDB(): Promise<SqlConnection & {run(sql: string): void}> {
  const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs") as BlockingModule;
  const eh = require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
  const mvp = require.resolve("@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm");
  const db = await duckdb.createDuckDB(
    {mvp: {mainModule: mvp, mainWorker: ""}, eh: {mainModule: eh, mainWorker: ""}},
    new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  const connection = db.connect();
  return {
    query: async (sql) => connection.query(sql),
    run: (sql) => void connection.query(sql),
  };
}

/**
 * A small published site in SQL: two reports of one body and one of another,
 * their facts, items, checks, texts and numbers. Invented for the tests, with
 * the published tables' column names and types.
 */
export const FIXTURE_TABLES = `
CREATE TABLE reports AS SELECT * FROM (VALUES
  ('dl', '大连高新区', 2023, 0, 1200, 0, 5, 'aaaaaaaaaaaaaaaaaaaa'),
  ('dl', '大连高新区', 2024, 0, 1500, 1, 6, 'bbbbbbbbbbbbbbbbbbbb'),
  ('sy', '沈阳市', 2024, 1, 900, 0, 2, 'cccccccccccccccccccc')
) t(body, body_zh, year, synthetic, chars, duplicates_removed, facts, sha256);
CREATE TABLE texts AS SELECT * FROM (VALUES ('dl', 2024, '权力事项2173项。'), ('dl', 2023, '权力事项2000项。')) t(body, year, text);
CREATE TABLE facts AS SELECT * FROM (VALUES
  ('dl', 2024, 'power_list.items', '权力事项', NULL, 2173.0, NULL, '项', 'exact', '2173项', 4, 9, true, 'enforcement', '一、', 0, 10),
  ('dl', 2024, 'power_list.category', '权责清单分类', '行政处罚', 1719.0, NULL, '项', 'exact', '行政处罚1719项', 20, 30, true, 'enforcement', '一、', 15, 35),
  ('dl', 2024, 'power_list.category', '权责清单分类', '行政许可', 200.0, NULL, '项', 'exact', '行政许可200项', 40, 48, true, 'enforcement', '一、', 15, 35),
  ('dl', 2024, 'study.sessions', '学习次数', NULL, 40.0, NULL, '次', 'approx', '近40次', 60, 64, true, 'study', '二、', 55, 70),
  ('dl', 2023, 'power_list.items', '权力事项', NULL, 2000.0, NULL, '项', 'exact', '2000项', 4, 9, true, 'enforcement', '一、', 0, 10),
  ('dl', 2023, 'power_list.category', '权责清单分类', '行政处罚', 1600.0, NULL, '项', 'exact', '行政处罚1600项', 20, 30, true, 'enforcement', '一、', 15, 35),
  ('sy', 2024, 'power_list.items', '权力事项', NULL, 3100.0, NULL, '项', 'more_than', '3100余项', 4, 10, true, 'enforcement', '一、', 0, 12)
) t(body, year, metric, label, category, value, value_high, unit, qualifier, raw, start, "end", chosen, topic, section,
    sentence_start, sentence_end);
CREATE TABLE items AS SELECT * FROM (VALUES
  ('dl', 2024, 'plan', '工作打算', '推进数字法治', NULL, 100, 106, 'outlook', '四、', 'planned', NULL),
  ('dl', 2024, 'shortcoming', '存在的不足', '基层力量不足', NULL, 90, 96, 'outlook', '三、', NULL, NULL),
  ('dl', 2024, 'study_form', '学习形式', '专题讲座', NULL, 70, 74, 'study', '二、', NULL, NULL),
  ('dl', 2023, 'plan', '工作打算', '完善权责清单', NULL, 100, 106, 'outlook', '四、', NULL, '已完善权责清单')
) t(body, year, kind, kind_label, name, detail, start, "end", topic, section, status, evidence);
CREATE TABLE checks AS SELECT * FROM (VALUES
  ('dl', 2024, 'power_list.sum', 'fail', '2类合计1919项，与子项总数不一致', '1919', 20, 48),
  ('dl', 2024, 'shares.range', 'pass', '百分比均在0–100之间', NULL, NULL, NULL),
  ('dl', 2024, 'year', 'warn', '正文未提到报告年份', NULL, NULL, NULL)
) t(body, year, id, status, message, raw, start, "end");
CREATE TABLE numbers AS SELECT * FROM (VALUES
  ('dl', 2024, '培训', '培训3000人次', 3000.0, NULL, '人次', 'exact', 'quantity', '二、', 80, 88)
) t(body, year, label, raw, value, value_high, unit, qualifier, kind, section, start, "end");
CREATE TABLE bodies AS SELECT * FROM (VALUES ('dl', 'zone_department'), ('sy', 'city_department')) t(id, kind);
CREATE TABLE reference AS SELECT * FROM (VALUES
  ('hz', '杭州市', 'city_department', 2023, 'power_list.items', '权力事项', '行政权力事项', NULL, 4000.0, '项', 'exact',
   'https://example.gov.cn/list')
) t(body, body_zh, body_kind, year, metric, label, label_zh, category, value, unit, qualifier, source_url);
ALTER TABLE facts ALTER value TYPE DOUBLE;
ALTER TABLE facts ALTER value_high TYPE DOUBLE;
ALTER TABLE numbers ALTER value TYPE DOUBLE;
ALTER TABLE numbers ALTER value_high TYPE DOUBLE;
ALTER TABLE reference ALTER value TYPE DOUBLE;
CREATE TABLE metrics AS SELECT * FROM (VALUES
  (0, 'power_list.items', '权力事项', '项', '政府职能'), (1, 'study.sessions', '学习次数', '次', '法治思想')
) t(position, metric, label, unit, area_label);
`;
