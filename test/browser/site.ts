import type {Server} from "node:http";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, expect} from "vitest";
import {launchChromium, openWatchedPage, type PageWatch} from "./chromium.ts";
import {serveStatic} from "./serve.ts";

/**
 * The built site served on 127.0.0.1 and a headless Chromium, for one test
 * file. After each file, no page may have made a request off 127.0.0.1 or
 * thrown an error.
 */
export function useSite() {
  const site = {url: "", browser: undefined as unknown as Browser, server: undefined as unknown as Server};
  const watches: PageWatch[] = [];
  beforeAll(async () => {
    Object.assign(site, await serveStatic("dist"));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
    for (const watch of watches) {
      expect(watch.offOrigin, "requests off 127.0.0.1").toEqual([]);
      expect(watch.errors, "page errors").toEqual([]);
    }
  });
  return {
    async open(path: string, viewport?: {width: number; height: number}) {
      const opened = await openWatchedPage(site.browser, viewport);
      watches.push(opened.watch);
      await opened.page.goto(site.url + path);
      return opened;
    },
  };
}
