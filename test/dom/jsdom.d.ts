// jsdom 23 ships no types; the tests use only its window.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: {url?: string; pretendToBeVisual?: boolean});
    readonly window: Window & typeof globalThis;
  }
}
