import type {Writable} from "node:stream";

/**
 * `JSON.stringify(value, null, 2)` in pieces: the object's members one by
 * one, and an array member's elements one by one. A huge report's output
 * (millions of numbers) would otherwise be built as one string, which runs
 * out of heap or past V8's longest string. The text is the same, byte for
 * byte.
 */
export function* prettyJsonChunks(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined && typeof value[key] !== "function");
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (const [i, key] of keys.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    const member = value[key];
    if (Array.isArray(member) && member.length > 0) {
      yield "[\n";
      for (let j = 0; j < member.length; j++) {
        yield `    ${indented(member[j] ?? null, "    ")}${j < member.length - 1 ? "," : ""}\n`;
      }
      yield "  ]";
    } else yield indented(member, "  ");
    yield i < keys.length - 1 ? ",\n" : "\n";
  }
  yield "}";
}

/** One value as `JSON.stringify(v, null, 2)` writes it at the given depth. */
function indented(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
}

/**
 * Writes pieces to a stream in blocks of about a megabyte, waiting when the
 * stream asks to, so that memory holds one block, not the whole output.
 */
export async function writeChunks(chunks: Iterable<string | Uint8Array>, out: Writable): Promise<void> {
  const BLOCK = 1 << 20;
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const block = pending.join("");
    pending = [];
    size = 0;
    if (!out.write(block)) await new Promise<void>((resolve) => out.once("drain", resolve));
  };
  for (const chunk of chunks) {
    if (typeof chunk === "string") {
      pending.push(chunk);
      size += chunk.length;
      if (size >= BLOCK) await flush();
    } else {
      await flush();
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
    }
  }
  await flush();
}
