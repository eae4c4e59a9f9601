import {bodiesTable} from "../../loaders/bodies.ts";
import {loadCorpus} from "../../loaders/corpus.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("arrow", () => bodiesTable(loadCorpus().bodies));
