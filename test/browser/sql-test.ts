import {describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

describe("SQL 探索 /sql", () => {
  const site = useSite();

  it("runs a query typed into the editor, shows the rows and draws them", async () => {
    const {page, watch} = await site.open("/sql.html");
    const editor = page.locator(".sql-editor textarea");
    await editor.fill(
      "SELECT kind_label, count(*) AS n FROM items WHERE kind IN ('plan', 'shortcoming') GROUP BY kind_label ORDER BY n DESC",
    );
    await editor.press("Control+Enter");
    const rows = page.locator("#sql-result tbody tr");
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([expect.stringMatching(/下一年工作打算\s*6/), expect.stringMatching(/存在的不足\s*3/)]);
    await expect.poll(() => page.locator("#sql-chart g[aria-label='bar'] rect").count()).toBe(2);
    await expectHealthy(page, watch);
  });

  it("says what is wrong with a bad query, and recovers", async () => {
    const {page, watch} = await site.open("/sql.html");
    const editor = page.locator(".sql-editor textarea");
    await editor.fill("SELECT nonsense FROM nowhere");
    await page.locator(".sql-editor button").click();
    await expect.poll(() => page.locator("#sql-result [role=alert]").textContent()).toMatch(/查询出错.*nowhere/);
    await editor.fill("SELECT count(*) AS facts FROM facts");
    await page.locator(".sql-editor button").click();
    await expect.poll(() => page.locator("#sql-result tbody tr").textContent()).toContain("22");
    await expectHealthy(page, watch);
  });

  it("never fetches a DuckDB extension from the network, even for a query that needs one", async () => {
    const {page, watch} = await site.open("/sql.html");
    const editor = page.locator(".sql-editor textarea");
    await editor.fill(`SELECT '{"a": 1}'::JSON AS j`);
    await page.locator(".sql-editor button").click();
    await expect.poll(() => page.locator("#sql-result [role=alert]").textContent()).toMatch(/查询出错/);
    await expectHealthy(page, watch);
  });
});
