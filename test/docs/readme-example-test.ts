import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("the README's page example", () => {
  it("is the example page the site builds and the browser test checks, word for word", () => {
    const readme = read("README.md");
    const start = readme.indexOf("````md\n", readme.indexOf("### Adding a page"));
    expect(start).toBeGreaterThan(0);
    const end = readme.indexOf("````\n", start + 7);
    expect(readme.slice(start + 7, end)).toBe(read("docs/examples/report-page.md"));
  });
});
