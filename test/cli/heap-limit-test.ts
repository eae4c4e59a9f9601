import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {heapLimitMiB, needsLargerHeap, rerunWithLargerHeap} from "../../src/cli/heap-limit.ts";

const GiB = 2 ** 30;

describe("needsLargerHeap", () => {
  it("asks for three quarters of the machine's memory for the commands that read every report", () => {
    expect(heapLimitMiB(24 * GiB)).toBe(18432);
    expect(needsLargerHeap("build", [], {}, 4 * GiB, 24 * GiB)).toBe(true);
    expect(needsLargerHeap("preview", [], {}, 4 * GiB, 24 * GiB)).toBe(true);
    expect(needsLargerHeap("extract", [], {}, 4 * GiB, 24 * GiB)).toBe(false);
    expect(needsLargerHeap(undefined, [], {}, 4 * GiB, 24 * GiB)).toBe(false);
  });

  it("leaves a heap the user set, or one already as large, as it is", () => {
    expect(needsLargerHeap("build", ["--max-old-space-size=2048"], {}, 2 * GiB, 24 * GiB)).toBe(false);
    expect(needsLargerHeap("build", [], {NODE_OPTIONS: "--max-old-space-size=2048"}, 2 * GiB, 24 * GiB)).toBe(false);
    expect(needsLargerHeap("build", [], {}, 4 * GiB, 4 * GiB)).toBe(false);
  });
});

describe("rerunWithLargerHeap", () => {
  it("runs the script again in a Node with the larger heap, and resolves to its exit code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-heap-"));
    const script = join(dir, "heap.mjs");
    writeFileSync(
      script,
      'import {writeFileSync} from "node:fs"; import v8 from "node:v8";\n' +
        "writeFileSync(process.argv[2], String(v8.getHeapStatistics().heap_size_limit)); process.exitCode = 3;\n",
    );
    const out = join(dir, "limit.txt");
    expect(await rerunWithLargerHeap(script, [out])).toBe(3);
    // V8 adds its young generation to the old space asked for.
    expect(Number(readFileSync(out, "utf8")) / 2 ** 20).toBeGreaterThanOrEqual(heapLimitMiB());
  });
});
