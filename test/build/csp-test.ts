import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  cspMeta,
  hashInlineScripts,
  hashSiteScripts,
  HTL_PLACEHOLDERS,
} from "../../src/build/csp.ts";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const scriptSrc = (html: string) => /script-src ([^;"]*)/.exec(html)![1]!.split(" ");

const page = (scripts: string) =>
  `<!DOCTYPE html>\n<html>\n<head>\n${cspMeta()}\n${scripts}\n</head>\n<body><p>“<b>正文</b>”</p></body>\n</html>`;

describe("the Content-Security-Policy", () => {
  it("lets the site load and run only its own files, with no plugins, base or form elsewhere", () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives.get("default-src")).toBe("default-src 'self'");
    expect(directives.get("connect-src")).toBe("connect-src 'self'");
    expect(directives.get("object-src")).toBe("object-src 'none'");
    expect(directives.get("base-uri")).toBe("base-uri 'self'");
    expect(directives.get("form-action")).toBe("form-action 'self'");
    expect(directives.get("script-src")).not.toMatch(/'unsafe-eval'|http|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|frame-ancestors/);
  });

  it("is a meta tag; the preview server, which evaluates edited cells, may also eval", () => {
    expect(cspMeta()).toBe(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(cspMeta({preview: true})).toContain("script-src 'self' 'unsafe-eval' 'unsafe-inline'");
  });
});

describe("hashInlineScripts", () => {
  it("lists each inline script by hash, and htl's placeholders, leaving scripts with a src alone", () => {
    const module = '\nimport {define} from "./_observablehq/client.js";\n';
    const html = page(
      `<script type="module">${module}</script>\n<script src="./x.js"></script>\n<script>{sidebar()}</script>`,
    );
    const sources = scriptSrc(hashInlineScripts(html));
    expect(sources).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'wasm-unsafe-eval'",
      sha256(module),
      sha256("{sidebar()}"),
      "'unsafe-hashes'",
      ...HTL_PLACEHOLDERS.map(sha256),
    ]);
    expect(hashInlineScripts(html).replace(/content="[^"]*"/, "")).toBe(html.replace(/content="[^"]*"/, ""));
  });

  it("changes nothing when run twice, and leaves a page without a policy alone", () => {
    const once = hashInlineScripts(page("<script>1</script>"));
    expect(hashInlineScripts(once)).toBe(once);
    expect(hashInlineScripts("<html><script>1</script></html>")).toBe("<html><script>1</script></html>");
  });
});

describe("hashSiteScripts", () => {
  it("hashes every page of a built site, once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-csp-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "index.html"), page("<script>a()</script>"));
    writeFileSync(join(dir, "sub/page.html"), page("<script>b()</script>"));
    writeFileSync(join(dir, "file.js"), "<script>c()</script>");
    expect(await hashSiteScripts(dir)).toBe(2);
    expect(scriptSrc(readFileSync(join(dir, "sub/page.html"), "utf8"))).toContain(sha256("b()"));
    expect(readFileSync(join(dir, "file.js"), "utf8")).toBe("<script>c()</script>");
    expect(await hashSiteScripts(dir)).toBe(0);
  });
});
