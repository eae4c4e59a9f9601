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

/** What a page did that a test must fail on: requests to another origin, uncaught errors, and what its Content-Security-Policy refused. */
export interface PageWatch {
  offOrigin: string[];
  errors: string[];
  cspViolations: string[];
  /** `alert()`, `confirm()` or `prompt()` dialogs the page opened (and that were dismissed): report text ran as script. */
  dialogs: string[];
  /** Addresses on the site that answered 404 (or another 4xx/5xx): a link or file the static server has no file for. */
  missing: string[];
}

/**
 * Opens a page that records every request off 127.0.0.1/localhost (and
 * aborts it), every page error, every dialog, and every Content-Security-Policy
 * violation: both the console's report and the `securitypolicyviolation` event.
 */
export async function openWatchedPage(
  browser: Browser,
  viewport = {width: 1280, height: 900},
): Promise<{page: Page; watch: PageWatch}> {
  const context = await browser.newContext({viewport, acceptDownloads: true});
  const page = await context.newPage();
  const watch: PageWatch = {offOrigin: [], errors: [], cspViolations: [], dialogs: [], missing: []};
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction("__fazhiCspViolation", (violation: string) => watch.cspViolations.push(violation));
  // Init scripts are run by the browser itself, not the page, so the page's own policy does not block this one.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as {__fazhiCspViolation: (v: string) => void}).__fazhiCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) watch.cspViolations.push(message.text());
  });
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
  page.on("response", (response) => {
    if (response.status() >= 400) watch.missing.push(`${response.status()} ${response.url()}`);
  });
  return {page, watch};
}
