import {describe, it} from "vitest";
import {peerBars} from "../../src/components/peer-bars.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

describe("peerBars", () => {
  it("draws bars largest first, the chosen report's highlighted, each labelled with its count", () => {
    const figures = [
      {name: "大连高新区 2024", value: 2173, ours: true},
      {name: "杭州市 2023", value: 4000, ours: false},
      {name: "沈阳市 2022", value: 3100, ours: false},
    ];
    expectSnapshot("peer-bars", peerBars(figures, {width: 700}));
  });

  it("says when there is nothing to compare", () => {
    expectSnapshot("peer-bars-empty", peerBars([]));
  });
});
