// Framework's entry point for the published tables: pages attach data/tables/<name>.arrow and .parquet from it.
// The loader itself is loaders/tables.ts, which also runs on its own.
import {fileURLToPath} from "node:url";
import {runTablesLoader} from "../../loaders/tables.ts";

// Framework inflates each file a page attaches from this archive by reading the whole archive again: about 2.7 s a
// file for the 253 MB of 3,000 bodies × 10 years, and there are 139 files. Written once where Framework keeps the files
// it inflated (its cache, which `fazhi build` clears whenever an input changed), they are found there instead.
await runTablesLoader({inflateTo: fileURLToPath(new URL("../.observablehq/cache/data/tables/", import.meta.url))});
