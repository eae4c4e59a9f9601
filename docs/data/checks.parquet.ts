import {checksTable} from "../../loaders/report-texts.ts";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("parquet", () => checksTable(loadCorpus().extractions));
