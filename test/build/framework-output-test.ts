import {PassThrough, Readable} from "node:stream";
import {describe, expect, it} from "vitest";
import {passUntilFailure} from "../../src/build/framework-output.ts";

async function run(chunks: string[]): Promise<{passed: string; held: string[]}> {
  const to = new PassThrough();
  let passed = "";
  to.on("data", (chunk: Buffer) => (passed += chunk.toString()));
  const held = await passUntilFailure(Readable.from(chunks), to);
  return {passed, held};
}

describe("passUntilFailure", () => {
  it("passes every line of a build that does not fail, lines split across chunks included", async () => {
    const {passed, held} = await run(["load /index ", "in 114ms\nbuilt 16 pag", "es in docs\n"]);
    expect(passed).toBe("load /index in 114ms\nbuilt 16 pages in docs\n");
    expect(held).toEqual([]);
  });

  it("holds back Framework's report of a failure and all that follows it", async () => {
    const {passed, held} = await run([
      "built 16 pages in docs\n",
      "copy docs/data/tables/facts.arrow → load /data/tables.zip → [missing] error in 8494ms: loader exited with code 2\n",
      "\u001b[31mUnexpected error: loader exited with code 2\u001b[39m\n",
      "If you think this is a bug, please file an issue at\n",
    ]);
    expect(passed).toBe("built 16 pages in docs\n");
    expect(held).toHaveLength(3);
    expect(held.at(-1)).toContain("file an issue");
  });

  it("recognises the report when colours start the line", async () => {
    const {passed, held} = await run(["ok\n", "\u001b[31mUnexpected error: x\u001b[39m\n"]);
    expect(passed).toBe("ok\n");
    expect(held).toEqual(["\u001b[31mUnexpected error: x\u001b[39m"]);
  });
});
