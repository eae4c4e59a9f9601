import {describe, expect, it} from "vitest";
import {bodySelector, reportSelector} from "../../src/components/report-selector.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

const reports = [
  {body: "dl", body_zh: "大连高新区", year: 2023},
  {body: "dl", body_zh: "大连高新区", year: 2024},
  {body: "sy", body_zh: "沈阳市", year: 2024, synthetic: 1},
];

describe("reportSelector", () => {
  useDom();

  it("chooses the first body by name and its newest year, and lists that body's years", () => {
    const selector = reportSelector(reports);
    expect(selector.value).toMatchObject({body: "dl", year: 2024});
    // What a reader sees on opening the list: every body.
    selector.querySelector("select")!.dispatchEvent(new Event("focus"));
    expectSnapshot("report-selector", selector);
  });

  it("keeps a choice for the next page, and says when the chosen report is invented", () => {
    const selector = reportSelector(reports);
    const [bodies] = selector.querySelectorAll("select");
    let seen: unknown = null;
    selector.addEventListener("input", () => (seen = selector.value));
    bodies!.dispatchEvent(new Event("focus"));
    bodies!.value = "sy";
    bodies!.dispatchEvent(new Event("input"));
    expect(seen).toMatchObject({body: "sy", year: 2024});
    expect(selector.querySelector<HTMLElement>(".synthetic-note")!.hidden).toBe(false);
    expect(reportSelector(reports).value).toMatchObject({body: "sy"});
  });
});

describe("reportSelector from a link", () => {
  useDom("http://127.0.0.1/power-list?body=dl&year=2023");

  it("takes the report the address names", () => {
    expect(reportSelector(reports).value).toMatchObject({body: "dl", year: 2023});
  });
});

describe("bodySelector", () => {
  useDom("http://127.0.0.1/trends.html?body=sy&year=2024");
  const bodies = [
    {body: "dl", body_zh: "大连高新区"},
    {body: "sy", body_zh: "沈阳市"},
  ];

  it("takes the body the address names, as the other pages' selector does, and puts a new choice back there", () => {
    const selector = bodySelector(bodies);
    expect(selector.value).toEqual({body: "sy", body_zh: "沈阳市"});
    const select = selector.querySelector("select")!;
    select.dispatchEvent(new Event("pointerdown"));
    select.value = "dl";
    select.dispatchEvent(new Event("input"));
    expect(selector.value.body).toBe("dl");
    expect(new URL(location.href).searchParams.get("body")).toBe("dl");
    expect(new URL(location.href).searchParams.get("year")).toBe("2024");
  });
});
