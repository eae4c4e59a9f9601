import {appendFileSync} from "node:fs";
import {readFile} from "node:fs/promises";

/**
 * The environment variable naming the file where a data loader writes what
 * is wrong with the input, one line per problem: `fazhi build` sets it, and
 * prints those lines in place of Framework's report that a loader failed.
 */
export const BUILD_PROBLEMS = "FAZHI_BUILD_PROBLEMS";

/** Records a problem with the input for `fazhi build`, or prints it when the loader runs without it (`fazhi preview`). */
export function reportProblem(message: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[BUILD_PROBLEMS];
  if (file) appendFileSync(file, `${message}\n`);
  else process.stderr.write(`${message}\n`);
}

/** The problems the loaders recorded, one a line; none when the file was never written. */
export async function readProblems(file: string): Promise<string[]> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").filter((line) => line !== "");
}
