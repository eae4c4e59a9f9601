import {execFileSync} from "node:child_process";
import {tableFromIPC} from "apache-arrow";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {expectTextSnapshot} from "../dom/snapshot.ts";

/** Runs the loader on its own, as `npx tsx loaders/tables.ts > tables.zip` does, on a folder of reports. */
function runLoader(data: string, env: Record<string, string> = {}): Buffer {
  return execFileSync("npx", ["tsx", "loaders/tables.ts"], {
    env: {...process.env, FAZHI_DATA: data, FAZHI_ALLOW_FAILED_CHECKS: "", ...env},
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "ignore"],
  });
}

/** Each published table's columns with their Arrow types, and its row count: what the pages may rely on. */
async function schemas(zip: Buffer): Promise<string> {
  const archive = await JSZip.loadAsync(zip);
  const lines: string[] = [];
  for (const name of Object.keys(archive.files).sort()) {
    if (!name.endsWith(".arrow")) continue;
    const table = tableFromIPC(await archive.file(name)!.async("uint8array"));
    // An empty partition (most are, in a fixture of a few bodies) on one line: its columns, all plain.
    if (table.numRows === 0) {
      lines.push(
        `${name.slice(0, -6)}: 0 rows (${table.schema.fields.map((f) => `${f.name}: ${String(f.type)}`).join(", ")})`,
      );
      continue;
    }
    lines.push(`${name.slice(0, -6)}: ${table.numRows} rows`);
    for (const field of table.schema.fields) lines.push(`  ${field.name}: ${String(field.type)}`);
  }
  const files = Object.keys(archive.files).sort();
  return [...lines, `files: ${files.join(", ")}`, ""].join("\n");
}

// The build snapshot of each fixture site: a changed table shape or row count is a change to review.
describe("loaders/tables.ts", () => {
  it("publishes the fixture site's tables, with their schemas and row counts as checked in", async () => {
    expectTextSnapshot("tables-site", "txt", await schemas(runLoader("test/fixtures/site")));
  }, 120_000);

  it("publishes the hostile fixtures' tables when failed checks are allowed, and stops without", async () => {
    expectTextSnapshot(
      "tables-hostile",
      "txt",
      await schemas(runLoader("test/fixtures/hostile", {FAZHI_ALLOW_FAILED_CHECKS: "1"})),
    );
    expect(() => runLoader("test/fixtures/hostile")).toThrow();
  }, 120_000);
});
