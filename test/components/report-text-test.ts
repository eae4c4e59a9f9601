import {describe, expect, it} from "vitest";
import {reportText} from "../../src/components/report-text.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("reportText", () => {
  it("shows the text by paragraph as text, never markup, and marks the highlighted span", () => {
    const {node, mark} = reportText("一、学习\n全年学习近40次。<script>alert(1)</script>\n\n二、执法", {
      start: 9,
      end: 13,
    });
    expect(mark?.textContent).toBe("近40次");
    expect(node.querySelector("script")).toBeNull();
    expectSnapshot("report-text", node);
  });
});
