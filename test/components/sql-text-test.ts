import {describe, expect, it} from "vitest";
import {sqlLiteral, whereReport} from "../../src/components/sql-text.ts";

describe("sqlLiteral", () => {
  it("writes numbers as they are and doubles quotes in strings", () => {
    expect(sqlLiteral(2024)).toBe("2024");
    expect(sqlLiteral("o'brien")).toBe("'o''brien'");
  });
});

describe("whereReport", () => {
  it("selects one body's report for one year", () => {
    expect(whereReport({body: "dl", year: 2024})).toBe("body = 'dl' AND year = 2024");
  });
});
