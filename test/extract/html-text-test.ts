import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {decodeEntities, htmlToText, isHtmlDocument} from "../../src/extract/html-text.ts";

describe("isHtmlDocument", () => {
  it.each([
    ["<!DOCTYPE html><html><body>x</body></html>"],
    ["<!doctype HTML>\n<html lang=zh>"],
    ["\uFEFF  \n<html>"],
    ['<html lang="zh-CN">'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'],
    ["<!-- saved from url=(0042)http://example.gov.cn/ -->\n<html>"],
    // No doctype: a page is known by its tags, in quantity.
    ["<html><body><p>共梳理权力事项1140项。</p></body></html>"],
    ["报告全文如下\n<body>\n<p>甲</p>\n<p>乙</p>"],
    ["<div class=content><p>一是学习</p><p>二是培训</p></div>"],
    ["第一行<br>第二行<br/>第三行<BR>"],
    ["<TABLE><TR><TD>行政处罚</TD><TD>1719项</TD></TR></TABLE>"],
  ])("recognises %j", (text) => {
    expect(isHtmlDocument(text)).toBe(true);
  });

  it.each([
    ["2024年，高新区坚持……"],
    ["报告中写有<script>alert(1)</script>。"],
    ["<p>一段</p>"],
    ["<htmlx>"],
    ["正文\n<html>"],
    ["报告中写有<script>alert(1)</script>、<img src=x onerror=alert(1)>与“<b>法治培训</b>”。"],
    ["a <p> b <divx> c <br-like>"],
  ])("leaves text that is not a whole page alone: %j", (text) => {
    expect(isHtmlDocument(text)).toBe(false);
  });
});

describe("decodeEntities", () => {
  it("decodes the named references of Chinese pages and numeric ones", () => {
    expect(decodeEntities("&ldquo;三项制度&rdquo;&nbsp;&lt;b&gt; &amp; &quot;x&quot; 张&middot;三")).toBe(
      '“三项制度”\u00a0<b> & "x" 张·三',
    );
    expect(decodeEntities("&#27861;&#x6CBB;&#X653F;")).toBe("法治政");
  });

  it("leaves unknown or malformed references as written, and never yields a surrogate or NUL", () => {
    expect(decodeEntities("&unknown; &amp &#; &#xZZ;")).toBe("&unknown; &amp &#; &#xZZ;");
    expect(decodeEntities("&#0;&#xD800;&#x110000;")).toBe("\ufffd\ufffd\ufffd");
    // Names only Object's prototype has are no entities.
    expect(decodeEntities("&constructor; &toString; &__proto__; &hasOwnProperty;")).toBe(
      "&constructor; &toString; &__proto__; &hasOwnProperty;",
    );
  });
});

describe("htmlToText", () => {
  it("reads a saved report page as its visible text, one line per block", () => {
    const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>标题不显示</title>
<style>p { color: red; }</style><script>var figures = "999项";</script></head>
<body>
  <div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
  <h1>某区2024年法治政府建设年度报告</h1>
  <p>&nbsp;&nbsp;共梳理权力事项<b>1140</b>项，
     包括行政许可155项。</p>
  <ul><li>一是学习</li><li>二是培训</li></ul>
  <table><tr><td>行政处罚</td><td>1719项</td></tr></table>
  <!-- 注释 -->
  <script type="text/javascript">document.write("<p>不显示</p>")</script>
  第一行<br>第二行<br/>第三行
</body></html>`;
    expect(htmlToText(page)).toBe(
      [
        "首页 > 政务公开",
        "某区2024年法治政府建设年度报告",
        "共梳理权力事项1140项，包括行政许可155项。",
        "一是学习",
        "二是培训",
        "行政处罚 1719项",
        "第一行",
        "第二行",
        "第三行",
      ].join("\n"),
    );
  });

  it("keeps escaped markup as text and never reads it as a tag", () => {
    expect(htmlToText("<p>&lt;script&gt;alert(1)&lt;/script&gt; 与 a < b</p>")).toBe(
      "<script>alert(1)</script> 与 a < b",
    );
  });

  it("skips quoted attribute values that hold `>`, and upper-case tags", () => {
    expect(htmlToText("<P TITLE=\"a>b\" data-x='>'>正文</P><SCRIPT>x()</SCRIPT>尾")).toBe("正文\n尾");
  });

  it("reads unclosed or broken markup as far as it makes sense", () => {
    expect(htmlToText("<p>甲<script>never closed")).toBe("甲");
    expect(htmlToText("<p>乙<!-- never closed")).toBe("乙");
    expect(htmlToText("<head><title>t</title><p>丙")).toBe("丙");
    expect(htmlToText("<p>丁<a href='x")).toBe("丁");
  });

  it("never throws and never leaves a tag, a CR or a blank line, whatever it is given", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "<p>",
        "</p>",
        "<br>",
        "<div class='a>b'>",
        "<script>",
        "</script>",
        "<style>",
        "<head>",
        "</head>",
        "<body>",
        "<!--",
        "-->",
        "<!DOCTYPE html>",
        "&nbsp;",
        "&lt;",
        "&#x6CBB;",
        "&#13;",
        "&#0;",
        "<",
        ">",
        "\n",
        "\r",
        " ",
        "共28项",
        "行政许可",
        "。",
      ),
      fc.string({maxLength: 5}),
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const text = htmlToText(pieces.join(""));
        expect(text).not.toMatch(/\r|\n\n|^\n|\n$/);
        for (const line of text.split("\n")) expect(line).toBe(line.trim());
      }),
      {numRuns: 1000},
    );
  });

  it("drops what a reader never sees: hidden, display:none, template, script and style, with or without a doctype", () => {
    const page = `<div><p>可见一</p>
<p style="display:none">隐藏权力事项9999项</p>
<div style="color:red; DISPLAY : none !important"><p>隐藏<b>二</b></p></div>
<p style="visibility:hidden">隐藏三</p>
<section hidden><p>隐藏四</p></section>
<p hidden="hidden">隐藏五</p>
<template><p>隐藏六</p></template>
<script>document.write("<p>隐藏七</p>")</script><style>p::after{content:"隐藏八"}</style>
<noscript>隐藏九</noscript>
<p style="display:block">可见二</p><p data-hidden="1" class="hidden">可见三</p></div>`;
    expect(isHtmlDocument(page)).toBe(true);
    expect(htmlToText(page)).toBe("可见一\n可见二\n可见三");
  });

  it("shows what follows a hidden element, however its end is written", () => {
    expect(htmlToText("<div hidden><p>甲<p>乙</div><p>丙</p>")).toBe("丙");
    expect(htmlToText("<ul><li style='display:none'>甲<li>乙</ul>")).toBe("乙");
    expect(htmlToText("<p>丁<br hidden>戊</p>")).toBe("丁\n戊");
  });

  it("reads a stray quote in an unquoted attribute as part of the value, as a browser does", () => {
    expect(
      htmlToText("<html><body><p class=a'b>共梳理权力事项1140项。</p><p id=x\"y>其中行政许可155项。</p></body></html>"),
    ).toBe("共梳理权力事项1140项。\n其中行政许可155项。");
    expect(htmlToText("<div title=it's>正文</div>")).toBe("正文");
  });

  it("shows text a browser moves out of the head", () => {
    expect(htmlToText("<html><head><title>标题</title><meta charset=utf-8></head><body>正文</body></html>")).toBe(
      "正文",
    );
  });
});
