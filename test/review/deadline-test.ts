import {describe, expect, it} from "vitest";
import {deadlineFor, timeliness} from "../../src/review/deadline.ts";

describe("deadlineFor and timeliness", () => {
  it("gives a department the last day of February, a leap year's 29th too", () => {
    expect(deadlineFor("department", 2024).due).toBe("2025-02-28");
    expect(deadlineFor("department", 2023).due).toBe("2024-02-29");
    expect(deadlineFor("department", 2024).rule).toContain("3月1日前");
  });

  it("gives a government, a zone or a new area the first quarter", () => {
    for (const kind of ["county", "district", "city", "national-hitech-zone", "new-area"]) {
      expect(deadlineFor(kind, 2024).due).toBe("2025-03-31");
    }
  });

  it("is on time up to the deadline's day, late after it, unknown without a date", () => {
    expect(timeliness("2025-02-28", "2025-02-28")).toBe("on_time");
    expect(timeliness("2025-03-01", "2025-02-28")).toBe("late");
    expect(timeliness(null, "2025-02-28")).toBe("unknown");
  });
});
