// Framework's entry point for the published tables: pages attach data/tables/<name>.arrow and .parquet from it.
// The loader itself is loaders/tables.ts, which also runs on its own.
import "../../loaders/tables.ts";
