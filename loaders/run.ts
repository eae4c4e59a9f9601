import type {Table} from "apache-arrow";
import {InputError} from "../src/extract/input-error.ts";
import {toArrowStream} from "../src/io/arrow.ts";
import {arrowStreamToParquet} from "../src/io/parquet.ts";

/**
 * Runs a Framework data loader: builds its output and writes it to stdout in
 * the format its file name asks for. Bad input ends the loader with one line
 * naming the file, which the build prints, rather than a stack trace.
 */
export function runLoader(format: "arrow" | "parquet", build: () => Table): void;
export function runLoader(format: "json", build: () => unknown): void;
export function runLoader(format: "arrow" | "parquet" | "json", build: () => unknown): void {
  try {
    const output = build();
    if (format === "json") process.stdout.write(JSON.stringify(output));
    else {
      const stream = toArrowStream(output as Table);
      process.stdout.write(format === "arrow" ? stream : arrowStreamToParquet(stream));
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
