import {describe, expect, it} from "vitest";
import {signatureOf} from "../../src/extract/signature.ts";

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
});
