import {describe, expect, it} from "vitest";
import {singleYearNotes, syntheticNote} from "../../src/components/trend-notes.ts";
import {useDom} from "../dom/snapshot.ts";

useDom();

describe("syntheticNote", () => {
  it("names the invented points, or only says there are some, or says nothing", () => {
    const points = [
      {body_zh: "甲", year: 2023, synthetic: 1},
      {body_zh: "乙", year: 2024, synthetic: 0},
    ];
    const note = syntheticNote(points, (d) => `${d.body_zh}${d.year}年`) as HTMLElement;
    expect(note.textContent).toBe("图中含测试用虚构数据：甲2023年");
    expect((syntheticNote(points) as HTMLElement).textContent).toBe("图中含测试用虚构数据");
    expect(syntheticNote([points[1]!])).toBe("");
  });
});

describe("singleYearNotes", () => {
  it("asks for the year before for each body with one report", () => {
    const notes = singleYearNotes([
      {body: "dl", body_zh: "大连高新区", year: 2024},
      {body: "sy", body_zh: "沈阳市", year: 2023},
      {body: "sy", body_zh: "沈阳市", year: 2024},
    ]);
    expect(notes.map((n) => n.textContent)).toEqual([
      "大连高新区只有2024年一份报告，尚不能形成趋势：加入2023年及更早的报告后即可显示。",
    ]);
  });
});
