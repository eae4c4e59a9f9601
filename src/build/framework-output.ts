import type {Readable, Writable} from "node:stream";

/**
 * Where Framework's own report of a failure starts, in its progress output
 * (`… → [missing] error in 8494ms: loader exited with code 2`, at the end of
 * a progress line) or at its end
 * (`Unexpected error: …`, clack's `Error: …`), which then asks the reader to
 * file an issue with Framework.
 */
const FRAMEWORK_ERROR = /error in \d+ms: |^(?:Unexpected error: |\S*\s*Error: )/;

/** A terminal escape sequence (colour, cursor move): ESC, `[`, parameters, a letter. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");

/**
 * Copies a stream of Framework's output line by line, until Framework
 * starts reporting a failure; from there on the lines are held back, so that
 * a build that knows the cause can say it in its own words instead. Returns
 * the held lines once the stream ends.
 */
export function passUntilFailure(from: Readable, to: Writable): Promise<string[]> {
  const held: string[] = [];
  let pending = "";
  const take = (line: string) => {
    // Colours and cursor moves would hide the start of a line from the pattern.
    const plain = line.replace(ANSI_ESCAPE, "");
    if (held.length === 0 && !FRAMEWORK_ERROR.test(plain)) to.write(`${line}\n`);
    else held.push(line);
  };
  from.setEncoding("utf8");
  from.on("data", (chunk: string) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop()!;
    lines.forEach(take);
  });
  return new Promise((resolve, reject) => {
    from.on("error", reject);
    from.on("end", () => {
      if (pending) take(pending);
      resolve(held);
    });
  });
}
