import {allFactsTable} from "../../loaders/facts.ts";
import {extractAll} from "../../loaders/reports.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("arrow", () => allFactsTable(extractAll()));
