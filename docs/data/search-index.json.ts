import {fileURLToPath} from "node:url";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";
import {searchIndex} from "../../loaders/search-index.ts";

runLoader("json", () => searchIndex(fileURLToPath(new URL("..", import.meta.url)), loadCorpus().extractions));
