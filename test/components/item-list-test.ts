import {describe, it} from "vitest";
import {itemList} from "../../src/components/item-list.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";
import {ITEM} from "./charts-fixture.ts";

useDom();

describe("itemList", () => {
  it("lists each item with what the report says of it and a link to its sentence", () => {
    expectSnapshot("item-list", itemList([ITEM, {...ITEM, name: "<b>标记</b>", detail: null, start: 40, end: 44}]));
  });

  it("says when there is nothing", () => {
    expectSnapshot("item-list-empty", itemList([], {empty: "本报告未列出制度"}));
  });
});
