import {describe, it} from "vitest";
import {sourceAddress} from "../../src/components/source-address.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

describe("sourceAddress", () => {
  useDom();

  it("shows another site's address as text to copy, with why it is not a link", () => {
    expectSnapshot("source-address", sourceAddress("https://www.example.gov.cn/art/2024/1/1/page.html"));
  });
});
