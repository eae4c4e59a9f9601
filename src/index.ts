/**
 * fazhi: annual rule-of-law government reports (法治政府建设年度报告) as data.
 *
 * This entry point is the Node side: reading reports into facts and writing
 * them as Arrow and Parquet. Pages import the browser side, the components,
 * from `/_fazhi/components.js` (built from `src/components/`).
 */
export {decodeReport} from "./extract/decode.ts";
export {InputError} from "./extract/input-error.ts";
export {extractReport, type Extraction, type ReportInfo} from "./extract/report.ts";
export {toArrowStream, toArrowTable, type Column} from "./io/arrow.ts";
export {arrowStreamToParquet} from "./io/parquet.ts";
export {CATEGORY_SPELLINGS, POWER_CATEGORIES, canonicalCategory, type PowerCategory} from "./model/categories.ts";
export type {Fact, Qualifier, ReportId} from "./model/fact.ts";
