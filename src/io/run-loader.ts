import {InputError} from "../extract/input-error.ts";

/**
 * Runs a data loader on its own: writes what `build` returns to stdout. Bad
 * input ends the loader with one line per problem naming the file, rather
 * than a stack trace, and exit code 2.
 */
export async function runLoader(build: () => Uint8Array | string | Promise<Uint8Array | string>): Promise<void> {
  try {
    process.stdout.write(await build());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
