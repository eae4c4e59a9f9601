import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {CONTENT_SECURITY_POLICY, HTL_PLACEHOLDERS} from "../../src/build/csp.ts";
import {builtAddress, expectHealthy, PAGES, useSite} from "./site.ts";

/** The built file of a page's path: `/` is index.html, `/data` is data.html. */
const builtPage = (path: string) => `dist${path === "/" ? "/index.html" : builtAddress(path)}`;

describe("every page of the published site", () => {
  const site = useSite();

  it(
    "requests nothing from any host but 127.0.0.1, fails no cell, and runs with nothing refused by its policy",
    {timeout: 600_000},
    async () => {
      expect(PAGES.length).toBeGreaterThan(10);
      for (const {path} of PAGES) {
        const {page, watch} = await site.open(builtAddress(path));
        // Tables render rows as they scroll into view, and the browser reports policy violations a moment late.
        await page.mouse.wheel(0, 4000);
        await page.waitForTimeout(1000);
        await expectHealthy(page, watch);
        await page.context().close();
      }
    },
  );

  it("sorts a table by a click on its header: the handlers htl sets still run under the policy", async () => {
    const {page, watch} = await site.open("/power-list.html");
    const firstRow = page.locator("#category-table tbody tr").first();
    await expect.poll(() => firstRow.textContent()).toContain("行政处罚");
    await page.locator("#category-table thead th", {hasText: "数量"}).click();
    await expect.poll(() => firstRow.textContent()).not.toContain("行政处罚");
    await page.waitForTimeout(500);
    await expectHealthy(page, watch);
  });

  it("declares its Content-Security-Policy before any script, with each inline script listed by hash", () => {
    for (const {path} of PAGES) {
      const html = readFileSync(builtPage(path), "utf8");
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
      expect(meta, path).not.toBeNull();
      expect(meta!.index, path).toBeLessThan(html.indexOf("<script"));
      const policy = meta![1]!;
      // The declared policy, with the page's inline scripts and htl's placeholders added to script-src by hash.
      expect(policy.replace(/ 'sha256-[A-Za-z0-9+/=]+'| 'unsafe-hashes'/g, "")).toBe(CONTENT_SECURITY_POLICY);
      const inline = html.match(/<script\b(?![^>]*\ssrc=)[^>]*>/g) ?? [];
      expect(policy.match(/'sha256-/g)?.length, path).toBe(inline.length + HTL_PLACEHOLDERS.length);
    }
  });
});
