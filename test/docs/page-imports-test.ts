import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import * as components from "../../src/components/index.ts";

/** Every Markdown page under docs/, the benchmark pages included: Framework builds them all. */
function pages(dir = "docs"): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") || entry.name.startsWith("_") ? [] : pages(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** The names a page imports from a module whose path ends with `module`. */
function importedNames(page: string, module: string): string[] {
  const text = readFileSync(page, "utf8");
  const names: string[] = [];
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    if (m[2]!.endsWith(module)) names.push(...m[1]!.split(",").map((n) => n.trim().split(/\s+as\s+/)[0]!));
  }
  return names.filter(Boolean);
}

// A page importing a name its module no longer exports builds without a word and fails only in the browser.
describe("what the pages import", () => {
  const siteExports = [...readFileSync("docs/lib/site.js", "utf8").matchAll(/^export const (\w+)/gm)].map((m) => m[1]);

  it.each(pages())("%s imports only names the library and docs/lib/site.js export", (page) => {
    for (const name of importedNames(page, "/_fazhi/components.js")) expect(components, page).toHaveProperty(name);
    for (const name of importedNames(page, "lib/site.js")) expect(siteExports, `${page}: ${name}`).toContain(name);
  });
});
