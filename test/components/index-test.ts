import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import * as library from "../../src/components/index.ts";

const DOCS = new URL("../../docs/", import.meta.url).pathname;

/** Every name a page imports from the component library, with the page that imports it. */
function pageImports(): [string, string][] {
  const pages = readdirSync(DOCS, {recursive: true, encoding: "utf8"}).filter(
    (file) => file.endsWith(".md") && !file.startsWith(".observablehq"),
  );
  return pages.flatMap((page) =>
    [...readFileSync(join(DOCS, page), "utf8").matchAll(/import \{([^}]*)\} from "\/_fazhi\/components\.js"/g)].flatMap(
      ([, names]) => names!.split(",").map((name) => [page, name.trim()] as [string, string]),
    ),
  );
}

describe("the component library", () => {
  it("exports every name a page imports from it", () => {
    const imports = pageImports();
    expect(imports.length).toBeGreaterThan(50);
    const missing = imports.filter(([, name]) => !(name in library));
    expect(missing).toEqual([]);
  });
});
