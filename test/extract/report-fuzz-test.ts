import {readFileSync} from "node:fs";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {InputError} from "../../src/extract/input-error.ts";
import {extractReport, extractText} from "../../src/extract/report.ts";

const seed = readFileSync("data/reports/dalian-hitech/2024.txt", "utf8");
const pieces = [
  "近",
  "余",
  "约",
  "以上",
  "２８",
  "1,2",
  "万",
  "百分之",
  "第",
  "二十",
  "(",
  "（子项",
  ")",
  "项",
  "、",
  "。",
  "\n",
  "“",
  "”",
  "%",
  "行政许可",
  "一、",
  "是",
];

describe("extractText on random text", () => {
  it("never throws, and every figure's offsets point at its raw text", () => {
    const insertion = fc.tuple(fc.nat(seed.length), fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6})));
    fc.assert(
      fc.property(fc.array(insertion, {maxLength: 8}), (insertions) => {
        let text = seed;
        for (const [at, piece] of insertions)
          text = text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1));
        const {facts, numbers, checks} = extractText(text, {body: "fuzz", year: null});
        for (const item of [...facts, ...numbers]) expect(text.slice(item.start, item.end)).toBe(item.raw);
        expect(checks.length).toBeGreaterThan(0);
      }),
      {numRuns: 200},
    );
  });
});

/** Every offset an extraction gives points at the text it quotes. */
function expectOffsetsHold(extraction: ReturnType<typeof extractText>): void {
  const {text, facts, numbers, items, checks} = extraction;
  for (const item of [...facts, ...numbers, ...items]) expect(text.slice(item.start, item.end)).toBe(item.raw);
  for (const f of facts) expect(text.slice(f.sentence_start, f.sentence_end)).toBe(f.sentence);
  for (const {location} of checks) if (location) expect(text.slice(location.start, location.end)).toBe(location.raw);
}

describe("extractText on the seed with random insertions", () => {
  // Numerals, qualifiers, units, markup, quotes, line breaks, and text that is none of these.
  const insertion = fc.oneof(
    fc.constantFrom(
      ...pieces,
      "三千零五",
      "两",
      "百分之九十八",
      "1.2万",
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "“<b>三项制度</b>”",
      "&lt;",
      "\r\n",
      "\ufeff",
      "𠀀",
      "\ud800",
    ),
    fc.string({maxLength: 8}),
    fc.string({unit: fc.constantFrom(..."零一二两三十百千万亿0123456789,.%项个次家件年"), maxLength: 6}),
  );

  it("never throws, and every fact, number, item, sentence and check location points at its text", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(seed.length), insertion), {maxLength: 12}), (insertions) => {
        let text = seed;
        for (const [at, piece] of insertions) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + piece + text.slice(i);
        }
        const extraction = extractText(text, {body: "fuzz", year: 2024});
        expect(extraction.text).toBe(text);
        expectOffsetsHold(extraction);
      }),
      {numRuns: 150},
    );
  });
});

describe("extractReport on random bytes and random web pages", () => {
  it("either reads the bytes or rejects them with an InputError, and what it reads holds its offsets", () => {
    const bytes = fc.oneof(
      fc.uint8Array({maxLength: 200}),
      // Valid prefixes, so that the decoders past the BOM and binary tests are reached too.
      fc
        .tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({maxLength: 200}))
        .map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
      fc.string({maxLength: 100}).map((s) => new TextEncoder().encode(s)),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        let extraction: ReturnType<typeof extractReport> | undefined;
        try {
          extraction = extractReport(input, {body: "fuzz", year: null});
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).not.toContain("\n");
          return;
        }
        expect(typeof extraction.text).toBe("string");
        expectOffsetsHold(extraction);
      }),
      {numRuns: 2000},
    );
  });

  it("reads a random page around the seed's paragraphs as its visible text, with offsets into that text", () => {
    const paragraphs = seed.split("\n").filter((p) => p.trim() !== "");
    const chunk = fc.oneof(
      fc.constantFrom(...paragraphs.slice(0, 40)),
      fc.constantFrom(
        "<p>",
        "</p>",
        '<div class="a>b">',
        "</div>",
        "<br>",
        "<li>",
        "<td>",
        "<script>var x = '共999项';</script>",
        "<style>p{}</style>",
        "<!-- 共888项 -->",
        "&nbsp;",
        "&ldquo;",
        "&#x6CBB;",
        "&lt;script&gt;",
        "<b>",
        "</b>",
        "\n",
      ),
      fc.string({maxLength: 6}),
    );
    fc.assert(
      fc.property(fc.array(chunk, {maxLength: 30}), (chunks) => {
        const page = `<!DOCTYPE html><html><head><title>标题</title></head><body>${chunks.join("")}</body></html>`;
        let extraction: ReturnType<typeof extractReport>;
        try {
          extraction = extractReport(new TextEncoder().encode(page), {body: "fuzz", year: 2024});
        } catch (error) {
          // A page of markup only has nothing to read.
          expect(error).toEqual(new InputError("网页里没有可显示的文字：请另存报告正文"));
          return;
        }
        // Scripts and comments are dropped, unless broken markup before them made them text, as in a browser.
        expect(extraction.text).not.toMatch(/\r|\n\n/);
        expectOffsetsHold(extraction);
      }),
      {numRuns: 300},
    );
  });
});
