import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {watchData} from "../../src/build/watch-data.ts";

describe("watchData", () => {
  it("writes the tables again when a report is added, so a running preview reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-watch-"));
    const [root, data] = [join(dir, "docs"), join(dir, "data")];
    mkdirSync(join(data, "reports", "a"), {recursive: true});
    const writes: string[] = [];
    const watcher = watchData(root, [data], async (at) => {
      writes.push(at);
      return true;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      writeFileSync(join(data, "reports", "a", "2024.txt"), "新的报告。\n");
      await expect.poll(() => writes, {timeout: 5000}).toEqual([root]);
    } finally {
      watcher.close();
    }
  });
});
