import {describe, expect, it} from "vitest";
import {toCsv} from "../../src/components/csv.ts";

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF, and quotes what needs it", () => {
    const csv = toCsv(
      ["name", "value", "note"],
      [
        {name: "行政许可", value: 155, note: null},
        {name: '含"引号"', value: 1.5, note: "甲,乙\n丙"},
      ],
    );
    expect(csv).toBe('\ufeffname,value,note\r\n行政许可,155,\r\n"含""引号""",1.5,"甲,乙\n丙"\r\n');
  });
});
