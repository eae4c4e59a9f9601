import {readFileSync} from "node:fs";
import {PassThrough} from "node:stream";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {extractReport} from "../../src/extract/report.ts";
import {prettyJsonChunks, writeChunks} from "../../src/io/json-stream.ts";

const whole = (value: Record<string, unknown>) => [...prettyJsonChunks(value)].join("");

describe("prettyJsonChunks", () => {
  it("writes a report's extraction exactly as JSON.stringify(…, null, 2) does", () => {
    const {report, facts, numbers, checks, items} = extractReport(readFileSync("data/reports/dalian-hitech/2024.txt"), {
      body: "dalian-hitech",
      year: 2024,
    });
    const value = {report, facts, numbers, checks, items};
    expect(whole(value)).toBe(JSON.stringify(value, null, 2));
  });

  it("matches JSON.stringify on empty arrays and objects, undefined members and nested values", () => {
    const cases: Record<string, unknown>[] = [
      {},
      {a: []},
      {a: [], b: {}},
      {a: undefined, b: 1},
      {a: [undefined, null, 1, "x", {y: [1, {z: "\n"}]}]},
      {'key\n"': [[], [[]], {}]},
    ];
    for (const value of cases) expect(whole(value)).toBe(JSON.stringify(value, null, 2));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(whole(value)).toBe(JSON.stringify(value, null, 2));
      }),
      {numRuns: 300},
    );
  });

  it("yields an array's elements one by one, never the whole array as one string", () => {
    const numbers = Array.from({length: 10_000}, (_, i) => ({value: i, raw: `${i}项`}));
    const longest = Math.max(...Array.from(prettyJsonChunks({numbers}), (c) => c.length));
    expect(longest).toBeLessThan(100);
  });
});

describe("writeChunks", () => {
  it("writes every piece, text and bytes, in order", async () => {
    const out = new PassThrough();
    const received: Buffer[] = [];
    out.on("data", (b: Buffer) => received.push(b));
    await writeChunks(["甲", "乙".repeat(2_000_000), new Uint8Array([0x41]), "丙"], out);
    out.end();
    expect(Buffer.concat(received).toString()).toBe("甲" + "乙".repeat(2_000_000) + "A丙");
  });
});
