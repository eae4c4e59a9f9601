import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {heapLimitMiB, holdsMoreThan, needsLargerHeap, rerunWithLargerHeap} from "../../src/cli/heap-limit.ts";

const GiB = 2 ** 30;

/** A data folder whose reports hold `bytes` bytes, in files of 1,000 under two bodies. */
function dataWith(bytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-heap-data-"));
  for (let i = 0; i * 1000 < bytes; i++) {
    const body = join(dir, "reports", i % 2 ? "body-a" : "body-b");
    mkdirSync(body, {recursive: true});
    writeFileSync(join(body, `${2000 + i}.txt`), "字".repeat(Math.min(1000, bytes - i * 1000) / 3));
  }
  return dir;
}

describe("needsLargerHeap", () => {
  // A heap of 64 KiB is enough for 2 KiB of reports (32 bytes of memory a byte), and not for more.
  const heap = 64 * 1024;
  const small = dataWith(1_500);
  const large = dataWith(6_000);

  it("asks for three quarters of the machine's memory for the commands that read every report, when the reports need more than the heap has", () => {
    expect(heapLimitMiB(24 * GiB)).toBe(18432);
    expect(needsLargerHeap("build", [], {}, heap, 24 * GiB, large)).toBe(true);
    expect(needsLargerHeap("preview", [], {}, heap, 24 * GiB, large)).toBe(true);
    expect(needsLargerHeap("extract", [], {}, heap, 24 * GiB, large)).toBe(false);
    expect(needsLargerHeap(undefined, [], {}, heap, 24 * GiB, large)).toBe(false);
  });

  it("keeps the heap it has for reports that fit in it, as the seed's do in Node's default heap", () => {
    expect(needsLargerHeap("build", [], {}, heap, 24 * GiB, small)).toBe(false);
    expect(needsLargerHeap("build", [], {}, 4 * GiB, 24 * GiB, "data")).toBe(false);
    expect(needsLargerHeap("build", [], {}, heap, 24 * GiB, join(small, "missing"))).toBe(false);
  });

  it("leaves a heap the user set, or one already as large, as it is", () => {
    expect(needsLargerHeap("build", ["--max-old-space-size=2048"], {}, heap, 24 * GiB, large)).toBe(false);
    expect(needsLargerHeap("build", [], {NODE_OPTIONS: "--max-old-space-size=2048"}, heap, 24 * GiB, large)).toBe(
      false,
    );
    expect(needsLargerHeap("build", [], {}, 4 * GiB, 4 * GiB, large)).toBe(false);
  });
});

describe("holdsMoreThan", () => {
  it("counts the files of every folder below, and stops as soon as they hold more", () => {
    const dir = dataWith(6_000);
    expect(holdsMoreThan(dir, 5_000)).toBe(true);
    expect(holdsMoreThan(dir, 7_000)).toBe(false);
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
