import {reportProblem} from "../build/build-problems.ts";
import {InputError} from "../extract/input-error.ts";

/**
 * Runs a Framework data loader: writes what `build` returns to stdout. Bad
 * input ends the loader with one line per problem naming the file, which
 * `fazhi build` prints, rather than a stack trace.
 */
export async function runLoader(build: () => Uint8Array | string | Promise<Uint8Array | string>): Promise<void> {
  try {
    process.stdout.write(await build());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportProblem(error.message);
    process.exitCode = 2;
  }
}
