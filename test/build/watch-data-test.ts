import {mkdirSync, mkdtempSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {invalidateLoaderCache} from "../../src/build/input-stamp.ts";
import {watchData} from "../../src/build/watch-data.ts";

describe("watchData", () => {
  it("touches the loader when a report is added, so a running preview reads it again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-watch-"));
    const [root, data] = [join(dir, "docs"), join(dir, "data")];
    mkdirSync(join(root, "data"), {recursive: true});
    mkdirSync(join(data, "reports", "a"), {recursive: true});
    const loader = join(root, "data", "tables.zip.ts");
    writeFileSync(loader, "// loader\n");
    await invalidateLoaderCache(root, [data]);
    const before = statSync(loader).mtimeMs;
    const watcher = watchData(root, [data]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      writeFileSync(join(data, "reports", "a", "2024.txt"), "新的报告。\n");
      await expect.poll(() => statSync(loader).mtimeMs, {timeout: 5000}).toBeGreaterThan(before);
    } finally {
      watcher.close();
    }
  });
});
