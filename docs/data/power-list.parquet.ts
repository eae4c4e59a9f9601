import {powerListTable} from "../../loaders/power-list.ts";
import {extractAll} from "../../loaders/reports.ts";
import {runLoader} from "../../loaders/run.ts";

runLoader("parquet", () => powerListTable(extractAll()));
