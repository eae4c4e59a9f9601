import {chromium, type Browser, type Page} from "playwright-core";

/** Debian's Chromium, headless, with everything that would reach the network switched off (Playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What a page did that a test must fail on: requests to another origin, and uncaught errors. */
export interface PageWatch {
  offOrigin: string[];
  errors: string[];
}

/** Opens a page that records every request off 127.0.0.1/localhost (and aborts it) and every page error. */
export async function openWatchedPage(
  browser: Browser,
  viewport = {width: 1280, height: 900},
): Promise<{page: Page; watch: PageWatch}> {
  const context = await browser.newContext({viewport, acceptDownloads: true});
  const page = await context.newPage();
  const watch: PageWatch = {offOrigin: [], errors: []};
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (
      url.protocol === "data:" ||
      url.protocol === "blob:" ||
      url.hostname === "127.0.0.1" ||
      url.hostname === "localhost"
    )
      return route.continue();
    watch.offOrigin.push(url.href);
    return route.abort();
  });
  page.on("pageerror", (error) => watch.errors.push(error.message));
  return {page, watch};
}
