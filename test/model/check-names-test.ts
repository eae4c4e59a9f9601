import {describe, expect, it} from "vitest";
import {extractText} from "../../src/extract/report.ts";
import {CHECK_NAMES, checkName} from "../../src/model/check-names.ts";

describe("checkName", () => {
  it("names every check a report is read with, in Chinese", () => {
    const {checks} = extractText("2024年，权力事项120项。", {body: "x", year: 2024}, "0");
    expect(checks.length).toBeGreaterThan(5);
    for (const {id} of checks) {
      expect(Object.hasOwn(CHECK_NAMES, id), id).toBe(true);
      expect(checkName(id)).toMatch(/^[^a-z_]+$/);
    }
  });

  it("names a check it does not know without showing its code", () => {
    expect(checkName("power_list.new_check")).toBe("其他核对");
  });
});
