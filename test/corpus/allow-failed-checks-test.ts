import {describe, expect, it} from "vitest";
import {failedChecksAllowed} from "../../src/corpus/allow-failed-checks.ts";

describe("failedChecksAllowed", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["0", false],
    ["false", false],
    [" FALSE ", false],
    ["1", true],
    ["true", true],
    ["yes", true],
  ])("FAZHI_ALLOW_FAILED_CHECKS=%j is %s", (value, allowed) => {
    expect(failedChecksAllowed({FAZHI_ALLOW_FAILED_CHECKS: value})).toBe(allowed);
  });
});
