/** The browser side of fazhi: what pages import to query and draw the published data. */
export {categoryBars, type CategoryBarsOptions, type CategoryCount} from "./category-bars.ts";
export {downloadLink, type DownloadLinkOptions} from "./download-link.ts";
export {openDuckDB, queryRows, type DuckDBAssets} from "./duckdb.ts";
export {formatCount, formatShare} from "./format.ts";
export {kpiCard, type KpiCardOptions} from "./kpi-card.ts";
