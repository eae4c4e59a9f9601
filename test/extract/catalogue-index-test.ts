import {describe, expect, it} from "vitest";
import {DEFAULT_CATALOGUE, indexCatalogue} from "../../src/extract/catalogue-index.ts";

describe("indexCatalogue", () => {
  it("finds the metrics of a unit, and a subject from its keyword", () => {
    expect(DEFAULT_CATALOGUE.byUnit.get("卷")!.map((m) => m.id)).toEqual(["enforcement.case_files_reviewed"]);
    expect(DEFAULT_CATALOGUE.subjectOf.get("行政复议")!.id).toBe("reconsideration");
    expect("收到行政复议申请".match(DEFAULT_CATALOGUE.keywords)).toEqual(["行政复议"]);
  });

  it("tests cheaply whether a label may hold a metric's phrase", () => {
    const inspections = DEFAULT_CATALOGUE.byId.get("enforcement.inspections")!;
    expect(inspections.mayMatch("开展执法检查")).toBe(true);
    expect(inspections.mayMatch("办理案件")).toBe(false);
    expect(DEFAULT_CATALOGUE.byId.get("enforcement.tasks.major")!.mayMatch("任何")).toBe(true);
  });

  it("indexes an extended catalogue", () => {
    const index = indexCatalogue(
      [{id: "a.b", label: "甲", unit: "件", units: ["件"], area: "rules", phrases: ["甲乙"]}],
      [],
    );
    expect(index.byUnit.get("件")!.map((m) => m.id)).toEqual(["a.b"]);
  });
});
