import {queryTyped, type SqlConnection} from "./duckdb.ts";
import type {CoverageMetric, CoverageReport} from "./coverage-matrix.ts";
import type {FactRow} from "./fact-card.ts";

/** What the coverage matrix sets out: the catalogue's metrics in its order, every report by body, and every fact. */
export interface CoverageData {
  metrics: CoverageMetric[];
  reports: CoverageReport[];
  facts: FactRow[];
}

/** Reads {@link CoverageData} from the `metrics`, `reports` and `facts` tables. */
export async function coverageData(db: SqlConnection): Promise<CoverageData> {
  const metrics = await queryTyped<CoverageMetric>(
    db,
    `SELECT metric, label, unit, area_label FROM metrics ORDER BY position`,
  );
  const reports = await queryTyped<CoverageReport>(
    db,
    `SELECT body, body_zh, year FROM reports ORDER BY body_zh, year`,
  );
  const facts = await queryTyped<FactRow>(db, `SELECT * FROM facts`);
  return {metrics, reports, facts};
}
