import {describe, expect, it} from "vitest";
import {comparabilityNote} from "../../src/components/comparability.ts";

describe("comparabilityNote", () => {
  const ours = {body_kind: "national-hitech-zone", year: 2024, qualifier: "exact"};

  it("is empty for a figure of the same kind of body, year and precision", () => {
    expect(comparabilityNote(ours, {body_kind: "national-hitech-zone", year: 2024, qualifier: "exact"})).toBe("");
  });

  it("names each reason a figure cannot be read directly against ours", () => {
    expect(comparabilityNote(ours, {body_kind: "city", year: 2021, qualifier: "more_than"})).toBe(
      "口径不同：市与国家高新区；年份不同：2021年与2024年；含约数或范围",
    );
  });
});
