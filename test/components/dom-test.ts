import {describe, expect, it} from "vitest";
import {element, setValue} from "../../src/components/dom.ts";
import {useDom} from "../dom/snapshot.ts";

useDom();

describe("element", () => {
  it("puts text in as text, never as markup", () => {
    const node = element("p", "note", "<b>粗</b>", element("span", "", "内"));
    expect(node.outerHTML).toBe('<p class="note">&lt;b&gt;粗&lt;/b&gt;<span>内</span></p>');
  });
});

describe("setValue", () => {
  it("sets the value and tells listeners above it", () => {
    const outer = element("div", "");
    const inner = element("div", "") as HTMLElement & {value?: unknown};
    outer.append(inner);
    let heard: unknown;
    outer.addEventListener("input", () => (heard = inner.value));
    setValue(inner, 3);
    expect(heard).toBe(3);
  });
});
