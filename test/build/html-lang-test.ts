import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {setHtmlLang} from "../../src/build/html-lang.ts";

describe("setHtmlLang", () => {
  it("gives every page's <html> a language, once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-lang-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "index.html"), "<!DOCTYPE html>\n<html>\n<head>");
    writeFileSync(join(dir, "sub/page.html"), '<html class="x">');
    writeFileSync(join(dir, "done.html"), '<html lang="en">');
    expect(await setHtmlLang(dir)).toBe(2);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>');
    expect(readFileSync(join(dir, "sub/page.html"), "utf8")).toBe('<html lang="zh-CN" class="x">');
    expect(readFileSync(join(dir, "done.html"), "utf8")).toBe('<html lang="en">');
    expect(await setHtmlLang(dir)).toBe(0);
  });
});
