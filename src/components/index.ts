// Plot comes with the library (see src/build/components-bundle.ts): pages import it from here. The whole of d3 is its
// own module, /_fazhi/d3.js (src/components/d3-module.ts): no page of ours needs it, and in this one it was 100 KB
// more to parse and evaluate, some 18 ms, before every page's first chart.
export * as Plot from "@observablehq/plot";

/**
 * The browser side of fazhi: what pages import to query and draw the
 * published data. Pages import it as `/_fazhi/components.js`, built from here.
 */
export {arrowRows} from "./arrow-rows.ts";
export {autoChart} from "./auto-chart.ts";
export {CHART_FONT_SIZE, PRINT_WIDTH, chartWidth} from "./chart-size.ts";
export {categoryBars, type CategoryBarsOptions, type CategoryCount} from "./category-bars.ts";
export {categoryTreemap} from "./category-treemap.ts";
export {comparabilityNote, type Comparable} from "./comparability.ts";
export {toCsv} from "../io/csv.ts";
export {element, setValue} from "./dom.ts";
// Pages import htl through the library: a bare "htl" import in a page is not resolved by Framework 1.13.
export {html} from "htl";
export {downloads, serialise, toPng, type DownloadsOptions} from "./downloads.ts";
export {openDuckDB, queryRows, queryTyped, type DuckDBAssets, type SqlConnection} from "./duckdb.ts";
export {
  QUALIFIER_LABELS,
  QUALIFIER_WORDS,
  formatChinese,
  formatCount,
  formatFigure,
  formatPercent,
  formatShare,
} from "./format.ts";
export {itemList, type ItemRow} from "./item-list.ts";
export {conflictKpiCard, kpiCard, missingKpiCard, type ConflictFigure, type KpiCardOptions} from "./kpi-card.ts";
export {factCard, type FactRow} from "./fact-card.ts";
export {coverageMatrix, type CoverageMetric, type CoverageReport} from "./coverage-matrix.ts";
export {PALETTE} from "./palette.ts";
export {BODY_KINDS, bodyKindLabel} from "../model/body-kinds.ts";
export {checkName} from "../model/check-names.ts";
export {provenanceHref, provenanceLink, type SourceSpan} from "./provenance-link.ts";
export {ReportChoices, reportChoices, type NamedBody} from "./report-choices.ts";
export {bodySelector, reportSelector, type BodyChoice, type ReportChoice} from "./report-selector.ts";
export {reportText} from "./report-text.ts";
export {reviewChecklist, type ReviewChecklistOptions} from "./review-checklist.ts";
export {reviewDetail} from "./review-detail.ts";
export {reviewTable, type ReviewTableOptions} from "./review-table.ts";
export {queryTerms, searchPages, searchResults, type SearchEntry, type SearchHit} from "./search.ts";
export {statusProgress} from "./status-progress.ts";
export {PLAN_STATUSES, PLAN_STATUS_LABELS, type PlanStatus} from "../model/plan-status.ts";
export {CHECK_STATUSES, CHECK_STATUS_LABELS, CHECK_STATUS_MARKS, type CheckStatus} from "../model/check-status.ts";
export {enforcementLevels, taskHierarchy, type HierarchyLevel} from "./task-hierarchy.ts";
export {sourceAddress} from "./source-address.ts";
export {isTrend, trendLine, type TrendPoint} from "./trend-line.ts";
export {trendBand, trendBandCaption, type TrendBandOptions} from "./trend-band.ts";
export {metricFigures, type TrendFiles} from "./trend-files.ts";
export {bodyFacts, bodyRows, prefetchBodyRows, type BodyPartFiles} from "./body-facts.ts";
export {areaCells, type NamedArea} from "./area-cells.ts";
export {checkAlerts, type CheckAlertsOptions} from "./check-alerts.ts";
export {checkList} from "./check-list.ts";
export {factTableRows, topicFactRows, withSentences, type FactTableRow, type TopicFactRow} from "./fact-rows.ts";
export {highlightedSpan, linkedSpan} from "./linked-span.ts";
export {peerBars, type PeerFigure} from "./peer-bars.ts";
export {
  peerData,
  peerDataFrom,
  peerFigures,
  peerRows,
  referenceRows,
  sharedMetrics,
  withoutColumn,
} from "./peer-table.ts";
export {categorySumNote, powerListCategories, type CategoryRow} from "./power-list-categories.ts";
export {
  databaseAfterFirstPaint,
  listReports,
  openReportPage,
  openTables,
  type ReportPage,
  type SiteFiles,
} from "./report-page.ts";
export {
  hasNextReport,
  outlookItems,
  outlookItemsFrom,
  reportChecks,
  reportFacts,
  reportFactsFrom,
  reportInfo,
  reportInfoFrom,
  reportItems,
  reportItemsFrom,
  unmappedNumbers,
  type CheckRow,
  type PublishedFact,
  type PublishedItem,
} from "./report-queries.ts";
export {shareSlope, shareSlopeCaption} from "./share-slope.ts";
export {runQuery, SQL_EXAMPLES, sqlEditor, tableColumns, type QueryOutcome} from "./sql-editor.ts";
export {sqlLiteral, whereReport} from "./sql-text.ts";
export {categoryShares, reportingBodies, trendFigures, trendMetrics, trendPoints} from "./trend-queries.ts";
export {unmappedRows} from "./unmapped-rows.ts";
export {yearOnYear, type YearOnYearRow} from "./year-on-year.ts";
export {singleYearNotes, syntheticNote} from "./trend-notes.ts";
export {coverageData, type CoverageData} from "./coverage-data.ts";
