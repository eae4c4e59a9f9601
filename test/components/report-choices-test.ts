import {describe, expect, it} from "vitest";
import {ReportChoices, reportChoices} from "../../src/components/report-choices.ts";
import {reportSelector} from "../../src/components/report-selector.ts";
import {useDom} from "../dom/snapshot.ts";

const published: Parameters<typeof reportChoices>[0] = [
  ["sy", "沈阳市", "2024", "2024"],
  ["dl", "大连高新区", "2021,2023-2024", ""],
];

describe("ReportChoices", () => {
  it("lists the bodies in the published order, and a body's reports newest first, the invented ones marked", () => {
    const choices = reportChoices(published);
    expect(choices.bodies).toEqual([
      {body: "sy", body_zh: "沈阳市"},
      {body: "dl", body_zh: "大连高新区"},
    ]);
    expect(choices.reports("dl")).toEqual([
      {body: "dl", body_zh: "大连高新区", year: 2024, synthetic: 0},
      {body: "dl", body_zh: "大连高新区", year: 2023, synthetic: 0},
      {body: "dl", body_zh: "大连高新区", year: 2021, synthetic: 0},
    ]);
    expect(choices.reports("sy")).toEqual([{body: "sy", body_zh: "沈阳市", year: 2024, synthetic: 1}]);
    expect(choices.reports("nowhere")).toEqual([]);
    expect([choices.has("dl", 2023), choices.has("dl", 2022), choices.has("nowhere", 2024)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("groups a list of reports from a query by body, the bodies by Chinese name", () => {
    const choices = ReportChoices.from([
      {body: "sy", body_zh: "沈阳市", year: 2024, synthetic: 1},
      {body: "dl", body_zh: "大连高新区", year: 2023},
      {body: "dl", body_zh: "大连高新区", year: 2024},
    ]);
    expect(choices.bodies.map((b) => b.body)).toEqual(["dl", "sy"]);
    expect(choices.reports("dl").map((r) => r.year)).toEqual([2024, 2023]);
    expect(choices.reports("sy")[0]!.synthetic).toBe(1);
  });
});

describe("reportSelector over the published list", () => {
  useDom();

  it("offers the bodies in the published order (sorted when the site was built) and opens on the first", () => {
    const selector = reportSelector(reportChoices(published));
    expect(selector.value).toMatchObject({body: "sy", year: 2024});
    const bodies = selector.querySelector("select")!;
    bodies.dispatchEvent(new Event("focus"));
    expect([...bodies.options].map((o) => o.value)).toEqual(["sy", "dl"]);
  });
});
