import {reportsTable} from "../../loaders/report-texts.ts";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("parquet", () => {
  const {extractions, bodies} = loadCorpus();
  return reportsTable(extractions, bodies);
});
