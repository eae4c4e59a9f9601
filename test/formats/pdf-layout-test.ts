import {describe, expect, it} from "vitest";
import {bodyLines, pageLines, paragraphs, unifyRadicals} from "../../src/formats/pdf-layout.ts";
import type {PdfItem, PdfPage} from "../../src/formats/pdf-items.ts";

const SIZE = 16;
/** A line of wide characters set from `x` at baseline `y`, one em each. */
const line = (text: string, x: number, y: number, size = SIZE): PdfItem => ({
  text,
  x,
  y,
  width: [...text].length * size,
  size,
});
/** A page of A4 in points, with the lines given. */
const page = (items: PdfItem[]): PdfPage => ({width: 595, height: 842, items});

describe("unifyRadicals", () => {
  it("reads radical glyphs as the characters they draw, and nothing else", () => {
    expect(unifyRadicals("⾏政规范性⽂件，⻔⼾网站")).toBe("行政规范性文件，门户网站");
    expect(unifyRadicals("１２３项，ＡＢ,ab（）")).toBe("１２３项，ＡＢ,ab（）");
  });
});

describe("pageLines", () => {
  it("puts pieces on one baseline into one line, left to right, with a space only between Latin words", () => {
    const lines = pageLines(
      page([line("项", 100, 700), line("共梳理", 52, 700.4), line("Page", 52, 680), line("two", 130, 680)]),
    );
    expect(lines.map((l) => l.text)).toEqual(["共梳理项", "Page two"]);
  });
});

describe("bodyLines", () => {
  const pages = [1, 2, 3].map((n) =>
    page([
      line(`2026/11/${n} 法治政府建设年度报告`, 20, 820, 8),
      line(["依法行政", "执法监督", "复议应诉"][n - 1]!, 52, 760),
      line(`正文第${n}页的末一行`, 52, 100),
      line(`— ${n} —`, 280, 30, 10),
    ]),
  );

  it("drops the header that repeats on every page and the page numbers, not the body", () => {
    expect(bodyLines(pages).map((lines) => lines.map((l) => l.text))).toEqual([
      ["依法行政", "正文第1页的末一行"],
      ["执法监督", "正文第2页的末一行"],
      ["复议应诉", "正文第3页的末一行"],
    ]);
  });

  it("drops a lone page number on a single page, but not a single page's own first line", () => {
    const one = bodyLines([page([line("报告标题", 200, 800), line("正文", 52, 700), line("1/1", 280, 30, 10)])]);
    expect(one[0]!.map((l) => l.text)).toEqual(["报告标题", "正文"]);
  });
});

describe("paragraphs", () => {
  const text = (lines: PdfItem[][]) => paragraphs(lines.map((items) => pageLines(page(items))));

  it("joins lines that run to the margin, across a page break too, and breaks at an indent or a short line", () => {
    const first = "共梳理权力事项一千一百四十项，包括行政许可一百五十五项、行政";
    const second = "确认二十六项，并在高新区门户网站予以公布，接受社会监督";
    expect(
      text([
        [
          line(first.slice(0, 28), 84, 700),
          line(second.slice(0, 30), 52, 680),
          line("落实。", 52, 660),
          line("一、标题", 84, 640),
        ],
        [line(first.slice(0, 28), 84, 760)],
        [line(second.slice(0, 5), 52, 760)],
      ]),
    ).toEqual([
      `${first.slice(0, 28)}${second.slice(0, 30)}落实。`,
      "一、标题",
      `${first.slice(0, 28)}${second.slice(0, 5)}`,
    ]);
  });

  it("runs a line on that stops a few characters short mid-sentence, not one that closes its sentence", () => {
    const margin = "字".repeat(30);
    const short = "字".repeat(27);
    expect(text([[line(margin, 52, 720), line(short, 52, 700), line("办”。", 52, 680)]])).toEqual([
      `${margin}${short}办”。`,
    ]);
    const closed = `${"字".repeat(26)}。`;
    expect(text([[line(margin, 52, 720), line(closed, 52, 700), line("另起", 52, 680)]])).toEqual([
      `${margin}${closed}`,
      "另起",
    ]);
  });
});
