import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractReport} from "../../src/extract/report.ts";
import {reportText} from "../../src/formats/report-text.ts";

const golden = JSON.parse(readFileSync("test/fixtures/golden/dalian-hitech-2024.json", "utf8"));
const fixture = (name: string) => readFileSync(`test/fixtures/formats/${name}`);
/** The label line: first in each text (after the navigation, in the web page). */
const LABEL = /^【虚构测试样例】/m;

describe("the seed report as each format it arrives in, against its reading by hand", () => {
  it.each([
    ["Word (.docx), the power list as a table", "seed.docx"],
    ["Word 97–2003 (.doc), converted by LibreOffice", "seed.doc"],
    ["PDF printed by Chromium", "seed.pdf"],
    ["a saved web page with navigation and footer", "seed-page.html"],
  ])("%s gives the seed's facts, each pointing into its own text", (_, name) => {
    const {text, facts, report} = extractReport(fixture(name), {body: "dalian-hitech", year: 2024});
    expect(text).toMatch(LABEL);
    expect(report.synthetic).toBe(true);
    expect(facts.map((f) => [f.metric, f.category, f.value, f.unit, f.qualifier])).toEqual(golden.facts);
    expect(facts).toHaveLength(22);
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.raw);
      expect(text.slice(f.sentence_start, f.sentence_end)).toBe(f.sentence);
    }
  });

  it("reads the Word table's rows in the sentence that introduces them", () => {
    const {facts} = extractReport(fixture("seed.docx"), {body: "dalian-hitech", year: 2024});
    expect(facts.find((f) => f.category === "行政许可")).toMatchObject({raw: "行政许可　155项", chosen: true});
  });

  it("keeps the text's full-width and half-width forms as written", () => {
    const seed = readFileSync("data/reports/dalian-hitech/2024.txt", "utf8");
    for (const name of ["seed.docx", "seed.doc", "seed.pdf"]) {
      const text = reportText(fixture(name));
      expect(text).toContain("共梳理权力事项1140(子项2173)项,包括");
      expect(text).toContain("以“9+1”体系全方位解决企业办事难题");
      // The PDF's text layer, read through the font's radicals, says 门户 as the report does.
      expect(text).toContain("并在高新区门户网站予以公布。");
      expect(seed).toContain("以“9+1”体系全方位解决企业办事难题");
    }
  });
});

describe("files decided by their content, not their name", () => {
  it("reads plain text and web pages as before", () => {
    expect(reportText(new TextEncoder().encode("报告正文。"))).toBe("报告正文。");
    expect(reportText(new TextEncoder().encode("<!doctype html><p>报告</p><p>正文</p>"))).toBe("报告\n正文");
  });

  it("refuses rich text with one line", () => {
    expect(() => reportText(new TextEncoder().encode("{\\rtf1\\ansi 报告}"))).toThrow(/^RTF 格式暂不支持/);
  });
});
