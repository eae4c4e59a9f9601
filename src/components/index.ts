// Plot and d3 come with the library (see src/build/components-bundle.ts): pages import them from here.
export * as Plot from "@observablehq/plot";
export * as d3 from "d3";

/**
 * The browser side of fazhi: what pages import to query and draw the
 * published data. Pages import it as `/_fazhi/components.js`, built from here.
 */
export {arrowRows} from "./arrow-rows.ts";
export {autoChart} from "./auto-chart.ts";
export {categoryBars, type CategoryBarsOptions, type CategoryCount} from "./category-bars.ts";
export {categoryTreemap} from "./category-treemap.ts";
export {comparabilityNote, type Comparable} from "./comparability.ts";
export {toCsv} from "./csv.ts";
export {element, setValue} from "./dom.ts";
// Pages import htl through the library: a bare "htl" import in a page is not resolved by Framework 1.13.
export {html} from "htl";
export {downloads, serialise, toPng, type DownloadsOptions} from "./downloads.ts";
export {openDuckDB, queryRows, type DuckDBAssets} from "./duckdb.ts";
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
export {provenanceHref, provenanceLink, type SourceSpan} from "./provenance-link.ts";
export {reportSelector, type ReportChoice} from "./report-selector.ts";
export {reportText} from "./report-text.ts";
export {queryTerms, searchPages, searchResults, type SearchEntry, type SearchHit} from "./search.ts";
export {STATUS_LABELS, statusProgress} from "./status-progress.ts";
export {taskHierarchy, type HierarchyLevel} from "./task-hierarchy.ts";
export {trendLine, type TrendPoint} from "./trend-line.ts";
