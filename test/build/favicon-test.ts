import {describe, expect, it} from "vitest";
import {FAVICON} from "../../src/build/favicon.ts";

describe("FAVICON", () => {
  it("is an inline icon: no request, no path that depends on where the site is published", () => {
    const href = /href="([^"]+)"/.exec(FAVICON)![1]!;
    expect(href.startsWith("data:image/svg+xml,")).toBe(true);
    expect(decodeURIComponent(href.slice("data:image/svg+xml,".length))).toMatch(/^<svg [^>]*>.*<\/svg>$/);
  });
});
