import {describe, expect, it} from "vitest";
import {provenanceHref, provenanceLink} from "../../src/components/provenance-link.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {SPAN} from "./charts-fixture.ts";

useDom();

describe("provenanceLink", () => {
  it("links to the data page with the span to highlight", () => {
    expect(provenanceHref({...SPAN, body: "a&b"})).toBe("./data.html?body=a%26b&year=2024&start=10&end=16");
    expectSnapshot("provenance-link", provenanceLink(SPAN, "查看原文"));
  });
});
