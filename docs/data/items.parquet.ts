import {itemsTable} from "../../loaders/items.ts";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("parquet", () => {
  const {extractions, statuses} = loadCorpus();
  return itemsTable(extractions, statuses);
});
