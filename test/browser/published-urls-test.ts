import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {FIXTURE_SITE} from "./global-setup.ts";

/**
 * Every absolute address written in the published files, and in the component
 * bundle the build generates beside the pages (`docs/_fazhi/`, which Framework
 * publishes under `_import/`), and why none is requested. The browser tests watch every page for requests off the site's
 * own origin; this reads the files themselves, so that an address added by a
 * package update is looked at even on a page no test opens.
 */
const ALLOWED: [RegExp, string][] = [
  [
    /^http:\/\/www\.w3\.org\/(?:1999\/xhtml|1999\/xlink|2000\/svg|2000\/xmlns\/|XML\/1998\/namespace)$/,
    "XML namespace names for createElementNS: identifiers, never fetched",
  ],
  [
    /^https:\/\/cdn\.jsdelivr\.net\/npm\/$/,
    "DuckDB-WASM's getJsDelivrBundles(), never called: the site starts DuckDB from its own files",
  ],
  [
    /^https:\/\/$/,
    "the scheme DuckDB-WASM prefixes to an extension repository; extension install and load are off on every connection",
  ],
];

function addresses(root: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const entry of readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !/\.(?:js|html|css|json)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    for (const [url] of readFileSync(path, "utf8").matchAll(/https?:\/\/[^\s"'`)<>\\]*/g)) {
      found.set(url, [...(found.get(url) ?? []), relative(root, path)]);
    }
  }
  return found;
}

describe("the published files", () => {
  it.each(["dist", FIXTURE_SITE, "docs/_fazhi"])(
    "%s names no address off the site but identifiers that are never requested",
    (root) => {
      const found = addresses(root);
      // The scan sees addresses: Plot and htl name the SVG namespace.
      expect(found.has("http://www.w3.org/2000/svg")).toBe(true);
      const unexplained = [...found].filter(([url]) => !ALLOWED.some(([pattern]) => pattern.test(url)));
      expect(unexplained).toEqual([]);
    },
  );
});
