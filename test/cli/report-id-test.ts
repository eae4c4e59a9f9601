import {describe, expect, it} from "vitest";
import {reportIdFromPath} from "../../src/cli/report-id.ts";

describe("reportIdFromPath", () => {
  it.each([
    ["data/reports/dalian-hitech/2024.txt", {body: "dalian-hitech", year: 2024}],
    ["../shared/data/reports/dalian-hitech-2024.txt", {body: "dalian-hitech", year: 2024}],
    ["hunnan_2023.txt", {body: "hunnan", year: 2023}],
    ["report.txt", {body: "report", year: null}],
    // Not a year: a name, with the year left for the text to give (never the year 0, reported as 0.txt).
    ["data/reports/x/0000.txt", {body: "0000", year: null}],
    ["data/reports/x/9999.txt", {body: "9999", year: null}],
    ["body-0000.txt", {body: "body-0000", year: null}],
    ["data/reports/x/1999.txt", {body: "x", year: 1999}],
  ])("%s", (path, id) => {
    expect(reportIdFromPath(path)).toEqual(id);
  });
});
