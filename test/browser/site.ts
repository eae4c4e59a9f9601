import type {Server} from "node:http";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, expect} from "vitest";
import config from "../../observablehq.config.ts";
import {launchChromium, openWatchedPage, type PageWatch} from "../../harness/chromium.ts";
import {serveStatic} from "../../harness/serve.ts";

/** Every page in the sidebar, the leaders' and the analysts' section's. */
export const PAGES: {name: string; path: string}[] = config.pages.flatMap(
  (entry) => entry.pages ?? (entry.path === undefined ? [] : [{name: entry.name, path: entry.path}]),
);

/** A page's address in the published site, relative to its folder: `/` is the home page, `/data` is `/data.html`. */
export function builtAddress(path: string): string {
  return path === "/" ? "/" : `${path}.html`;
}

/**
 * A built site (the published one by default) served on 127.0.0.1 under a
 * sub-path by a server that maps no clean URLs, and a headless Chromium, for
 * one test file. Pages are opened by their file: `open("/data.html?body=…")`.
 */
export function useSite(dir = "dist") {
  const site = {url: "", browser: undefined as unknown as Browser, server: undefined as unknown as Server};
  beforeAll(async () => {
    Object.assign(site, await serveStatic(dir));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return {
    /** Opens a page and waits until Framework has run its cells and DuckDB has answered. */
    async open(path: string, viewport?: {width: number; height: number}) {
      const opened = await openWatchedPage(site.browser, viewport);
      await opened.page.goto(site.url + path);
      await settled(opened.page);
      return opened;
    },
    get url() {
      return site.url;
    },
    /** The browser, for a test that must prepare a page before it navigates. */
    get browser() {
      return site.browser;
    },
  };
}

/** Waits until no cell is still loading: Framework marks pending cells with a class. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector(".observablehq--loading") === null && document.readyState === "complete",
    null,
    {
      timeout: 30_000,
    },
  );
}

/**
 * What every page must be: nothing requested off 127.0.0.1, no uncaught
 * error, nothing refused by its Content-Security-Policy, no cell that failed
 * (Framework shows those in the page rather than throwing), and Chinese text
 * rendered.
 */
export async function expectHealthy(page: Page, watch: PageWatch): Promise<void> {
  expect(watch.offOrigin, "requests off 127.0.0.1").toEqual([]);
  expect(watch.errors, "page errors").toEqual([]);
  expect(watch.cspViolations, "Content-Security-Policy violations").toEqual([]);
  expect(watch.dialogs, "dialogs opened").toEqual([]);
  expect(watch.missing, "addresses the static server has no file for").toEqual([]);
  const cellErrors = await page.locator(".observablehq--error").allTextContents();
  expect(cellErrors, "cells that failed").toEqual([]);
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  expect(await page.locator("h1").first().textContent()).toMatch(/[\u4e00-\u9fff]/);
}

/** Clicks a button and returns the file it downloads, as bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return {name: file.suggestedFilename(), bytes: Buffer.concat(chunks)};
}
