import {allFactsTable} from "../../loaders/facts.ts";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("parquet", () => allFactsTable(loadCorpus().extractions));
