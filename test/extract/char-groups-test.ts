import {describe, expect, it} from "vitest";
import {charGroups} from "../../src/extract/char-groups.ts";

describe("charGroups", () => {
  const groups = charGroups(["0123456789", "月", "“”"]);

  it("says which groups a text holds a character of", () => {
    expect(groups.of("3月")).toBe(groups.need("0123456789", "月"));
    expect(groups.of("共计“九”")).toBe(groups.need("“”"));
    expect(groups.of("没有")).toBe(0);
  });

  it("needs every group named", () => {
    const date = groups.need("0123456789", "月");
    expect((groups.of("3月") & date) === date).toBe(true);
    expect((groups.of("三月") & date) === date).toBe(false);
  });

  it("refuses a group it was not given, and more groups than fit in a number", () => {
    expect(() => groups.need("日")).toThrow(/日/);
    expect(() => charGroups(Array.from({length: 32}, (_, i) => String(i)))).toThrow(/31/);
  });
});
