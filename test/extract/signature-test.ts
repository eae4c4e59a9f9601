import {describe, expect, it} from "vitest";
import {signatureOf} from "../../src/extract/signature.ts";
import {extractText} from "../../src/extract/report.ts";

describe("signatureOf", () => {
  it("reads the issuing body and the date on the last lines", () => {
    const text = "……不断提升法治政府建设水平。\n\n青禾县人民政府\n2025年3月10日\n";
    expect(signatureOf(text)).toEqual({signed_on: "2025-03-10", start: text.indexOf("青禾县")});
  });

  it("reads a date alone, in Chinese numerals, full-width digits or brackets", () => {
    expect(signatureOf("正文。\n二〇二五年二月二十八日")?.signed_on).toBe("2025-02-28");
    expect(signatureOf("正文。\n２０２４年１２月３０日")?.signed_on).toBe("2024-12-30");
    expect(signatureOf("正文。\n某市司法局\n（2024年1月5日）")?.signed_on).toBe("2024-01-05");
  });

  it("is not a date inside a sentence, an impossible date, or a text that ends otherwise", () => {
    expect(signatureOf("会议于2025年3月10日召开。")).toBeUndefined();
    expect(signatureOf("正文。\n2025年2月30日")).toBeUndefined();
    expect(signatureOf("正文。\n某县人民政府")).toBeUndefined();
  });

  it("reads the body and date on one line, a date written with dots or dashes, and notes in brackets after it", () => {
    const text = "……持续推进依法行政。\n青禾县人民政府办公室 2025年2月28日";
    expect(signatureOf(text)).toEqual({signed_on: "2025-02-28", start: text.indexOf("青禾县")});
    expect(signatureOf("正文。\n某镇人民政府\n2025.3.1")?.signed_on).toBe("2025-03-01");
    expect(signatureOf("正文。\n某镇人民政府\n2025-03-01")?.signed_on).toBe("2025-03-01");
    const noted = "正文。\n某县司法局\n2025年1月20日\n（此件公开发布）\n";
    expect(signatureOf(noted)).toEqual({signed_on: "2025-01-20", start: noted.indexOf("某县")});
  });

  it("is not a date after other words on its line, mixed marks, or notes with no date above them", () => {
    expect(signatureOf("正文。\n统计截止时间为2024年12月31日")).toBeUndefined();
    expect(signatureOf("正文。\n2025.3-1")).toBeUndefined();
    expect(signatureOf("正文。\n（此件公开发布）")).toBeUndefined();
    expect(signatureOf("正文。\n2025年1月20日\n（一）\n（二）\n（三）")).toBeUndefined();
  });
});

describe("a signature in the report", () => {
  it("gives the date, and no warning for a date written with dots on its line", () => {
    const {report, checks} = extractText("2024年，开展行政检查120次。\n某镇人民政府\n2025.3.1", {
      body: "t",
      year: 2024,
    });
    expect(report.signed_on).toBe("2025-03-01");
    expect(checks.find((c) => c.id === "numbers.unread")?.status).toBe("pass");
    expect(checks.find((c) => c.id === "report.complete")?.status).toBe("pass");
  });
});
