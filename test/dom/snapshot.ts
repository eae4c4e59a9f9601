import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {afterEach, beforeEach, expect} from "vitest";

/** Where snapshots are checked in, and where a snapshot that differs is written beside its old one for review. */
const OUTPUT = new URL("../output/", import.meta.url);

// What the components reach for on the global object, as a page in a browser has it.
const GLOBALS = [
  "window",
  "document",
  "location",
  "history",
  "localStorage",
  "navigator",
  "Node",
  "Element",
  "HTMLElement",
  "SVGElement",
  "Event",
  "MouseEvent",
  "KeyboardEvent",
  "requestAnimationFrame",
  "getComputedStyle",
  "XMLSerializer",
] as const;

/**
 * A fresh jsdom document for each test of the file, set as the globals the
 * components use, at a fixed address so links and stored choices are the same
 * on every run.
 */
export function useDom(url = "http://127.0.0.1/"): void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  beforeEach(() => {
    const {window} = new JSDOM("<!doctype html><html><body></body></html>", {url, pretendToBeVisual: true});
    for (const name of GLOBALS) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        value: name === "window" ? window : window[name],
        configurable: true,
        writable: true,
      });
    }
  });
  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
    saved.clear();
  });
}

/** Decimals cut to two places: a chart's coordinates then do not change with the last bits of floating point. */
export function roundNumbers(text: string): string {
  return text.replace(/\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
}

/**
 * Compares a rendered node, as markup with its numbers rounded, byte for byte
 * with `test/output/<name>.svg` (an SVG root) or `.html` (anything else). A
 * snapshot that does not exist yet is written; one that differs fails the
 * test and the new markup is written beside it as `<name>-changed.<ext>`:
 * review the two, and move the new one over the old if it is right.
 */
export function expectSnapshot(name: string, node: Element): void {
  const extension = node.tagName.toLowerCase() === "svg" ? "svg" : "html";
  expectTextSnapshot(name, extension, roundNumbers(node.outerHTML) + "\n");
}

/** Compares any text with `test/output/<name>.<extension>` as {@link expectSnapshot} does. */
export function expectTextSnapshot(name: string, extension: string, actual: string): void {
  mkdirSync(OUTPUT, {recursive: true});
  const expected = new URL(`${name}.${extension}`, OUTPUT);
  const changed = new URL(`${name}-changed.${extension}`, OUTPUT);
  if (!existsSync(expected)) {
    // A new snapshot is written for review and check-in; on CI a missing one is a failure, not a pass.
    writeFileSync(expected, actual);
    if (process.env.CI) expect.fail(`test/output/${name}.${extension} was missing: it is written now, check it in`);
    return;
  }
  if (readFileSync(expected, "utf8") === actual) {
    rmSync(changed, {force: true});
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `${name}.${extension} differs from its snapshot: the new one is test/output/${name}-changed.${extension}`,
  );
}
