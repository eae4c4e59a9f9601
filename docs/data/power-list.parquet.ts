import {powerListTable} from "../../loaders/power-list.ts";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("parquet", () => powerListTable(loadCorpus().extractions));
