/** Input that cannot be used at all: the message is one line that names the problem, for the person who supplied it. */
export class InputError extends Error {
  override name = "InputError";
}
