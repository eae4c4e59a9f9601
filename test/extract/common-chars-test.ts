import {describe, expect, it} from "vitest";
import {commonShare} from "../../src/extract/common-chars.ts";

describe("commonShare", () => {
  it("is high for a report's words in either script and low for characters a wrong encoding yields", () => {
    expect(commonShare("全区深入推进法治政府建设，依法行政工作取得新成效。").share).toBeGreaterThan(0.3);
    expect(commonShare("全區深入推進法治政府建設，依法行政工作取得新成效。").share).toBeGreaterThan(0.3);
    expect(commonShare("詢陔澄厥眕炾輪陔奀測笢弊杻伎扦頗翋砱佷砑峈硌絳").share).toBe(0);
  });

  it("counts only Chinese characters", () => {
    expect(commonShare("2024 abc，。")).toEqual({share: 0, chinese: 0});
    expect(commonShare("法a治b")).toEqual({share: 1, chinese: 2});
  });
});
