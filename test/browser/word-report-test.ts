import {execFileSync} from "node:child_process";
import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {expectHealthy, useSite} from "./site.ts";

/** The fixture site with the seed's 2024 report as received in Word: built here, into its own folder. */
const WORD_SITE = "test/output/dist-word";

describe("a report received as a Word file, published", () => {
  const data = mkdtempSync(join(tmpdir(), "fazhi-word-site-"));
  beforeAll(() => {
    cpSync("test/fixtures/site", data, {recursive: true});
    rmSync(join(data, "reports", "dalian-hitech", "2024.txt"));
    cpSync("test/fixtures/formats/seed.docx", join(data, "reports", "dalian-hitech", "2024.docx"));
    rmSync(WORD_SITE, {recursive: true, force: true});
    execFileSync(process.execPath, ["bin/fazhi.js", "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 170_000,
      env: {...process.env, FAZHI_DATA: data, FAZHI_OUTPUT: WORD_SITE, FAZHI_ALLOW_FAILED_CHECKS: ""},
    });
  }, 180_000);
  afterAll(() => rmSync(data, {recursive: true, force: true}));
  const site = useSite(WORD_SITE);

  it("links a headline figure to its sentence in the text read from the Word file", async () => {
    const {page, watch} = await site.open("/?body=dalian-hitech&year=2024");
    await page.locator(".kpi", {hasText: "学习次数"}).locator("a.provenance").click();
    await page.waitForURL(/\/data\.html\?/);
    const mark = page.locator("#report-text mark");
    await expect.poll(() => mark.textContent()).toBe("学习习近平法治思想近40次");
    expect(await mark.isVisible()).toBe(true);
    expect(await page.locator("#report-text").textContent()).toMatch(/^\s*【虚构测试样例】/);
    await expectHealthy(page, watch);
  });

  it("highlights a power list category read from the Word table's row", async () => {
    const {page, watch} = await site.open("/data.html?body=dalian-hitech&year=2024");
    const row = page.locator("form table tbody tr", {hasText: "行政许可　155项"});
    await row.locator("input").check();
    await expect.poll(() => page.locator("#report-text mark").textContent()).toContain("行政许可　155项");
    await expectHealthy(page, watch);
  });
});
