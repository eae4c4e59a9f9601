import type {Table} from "apache-arrow";
import {InputError} from "../src/extract/input-error.ts";
import {toArrowStream} from "../src/io/arrow.ts";
import {arrowStreamToParquet} from "../src/io/parquet.ts";

/**
 * Runs a Framework data loader: builds its table and writes it to stdout in
 * the format its file name asks for. Bad input ends the loader with one line
 * naming the file, which the build prints, rather than a stack trace.
 */
export function runLoader(format: "arrow" | "parquet", build: () => Table): void {
  try {
    const stream = toArrowStream(build());
    process.stdout.write(format === "arrow" ? stream : arrowStreamToParquet(stream));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
