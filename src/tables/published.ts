import type {Table} from "apache-arrow";
import {bodiesTable} from "./bodies.ts";
import type {Corpus} from "../corpus/corpus.ts";
import {allFactsTable} from "./facts.ts";
import {itemsTable} from "./items.ts";
import {metricsTable} from "./metrics.ts";
import {unmappedNumbersTable} from "./numbers.ts";
import {findPlanEvidence} from "./plan-evidence.ts";
import {powerListTable} from "./power-list.ts";
import type {ReferenceFigure} from "../corpus/reference.ts";
import {referenceTable} from "./reference.ts";
import {checksTable} from "./checks.ts";
import {reportsTable} from "./reports.ts";
import {textsTable} from "./texts.ts";
import {reviewRows} from "../review/review-rows.ts";
import {reviewEvidenceTable, reviewLatestTable, reviewTable} from "../review/review-tables.ts";

/** Every table the site publishes, by file name without extension. */
export function publishedTables(
  {extractions, bodies, statuses, metrics}: Corpus,
  reference: readonly ReferenceFigure[],
): Map<string, Table> {
  const review = reviewRows(extractions, bodies, new Map(metrics.map((m) => [m.id, m.label])));
  return new Map([
    ["facts", allFactsTable(extractions, metrics)],
    ["numbers", unmappedNumbersTable(extractions)],
    ["metrics", metricsTable(metrics)],
    ["power-list", powerListTable(extractions)],
    ["items", itemsTable(extractions, statuses, findPlanEvidence(extractions))],
    ["reports", reportsTable(extractions, bodies)],
    ["texts", textsTable(extractions)],
    ["checks", checksTable(extractions)],
    ["bodies", bodiesTable(bodies)],
    ["reference", referenceTable(reference)],
    ["review", reviewTable(review.rows)],
    ["review-latest", reviewLatestTable(review.rows)],
    ["review-evidence", reviewEvidenceTable(review.evidence)],
  ]);
}
