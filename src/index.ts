/**
 * fazhi: annual rule-of-law government reports (法治政府建设年度报告) as data.
 *
 * This entry point is the Node side: reading reports into facts and writing
 * them as Arrow and Parquet. Pages import the browser side, the components,
 * from `/_fazhi/components.js` (built from `src/components/`).
 */
export {decodeReport} from "./extract/decode.ts";
export {reportText} from "./formats/report-text.ts";
export {sniffFormat, type FileFormat} from "./formats/sniff.ts";
export {InputError} from "./extract/input-error.ts";
export {type Check, type CheckLocation} from "./model/check.ts";
export {checkLine} from "./extract/check-line.ts";
export {decodeEntities, htmlToText, isHtmlDocument} from "./extract/html-text.ts";
export {type NumberKind, type NumberToken, type ReportNumber} from "./model/number.ts";
export {UNCOUNTED_KINDS, uncountedNumbers, type UncountedNumber, type UncountedNumbers} from "./model/uncounted.ts";
export {parseArabicNumber, parseChineseNumeral} from "./extract/numerals.ts";
export {extractReport, extractText} from "./extract/report.ts";
export {type Extraction, type ReportId, type ReportInfo} from "./model/extraction.ts";
export {scanNumbers} from "./extract/scan.ts";
export {toArrowStream, toArrowTable, type Column} from "./io/arrow.ts";
export {toCsv} from "./io/csv.ts";
export {FACT_COLUMNS, factRows, factsTable, type FactRow} from "./io/facts-table.ts";
export {arrowStreamToParquet, parquetToArrowStream} from "./io/parquet.ts";
export {CATEGORY_SPELLINGS, POWER_CATEGORIES, canonicalCategory, type PowerCategory} from "./model/categories.ts";
export {
  METRICS,
  METRIC_LABELS,
  PHRASES,
  SUBJECTS,
  type Metric,
  type PhraseRule,
  type Subject,
} from "./model/catalogue.ts";
export {AREAS, type AreaId} from "./model/areas.ts";
export type {Fact, Figure, Qualifier} from "./model/fact.ts";
