import {describe, expect, it} from "vitest";
import {reportIdFromPath} from "../../src/cli/report-id.ts";

describe("reportIdFromPath", () => {
  it.each([
    ["data/reports/dalian-hitech/2024.txt", {body: "dalian-hitech", year: 2024}],
    ["../shared/data/reports/dalian-hitech-2024.txt", {body: "dalian-hitech", year: 2024}],
    ["hunnan_2023.txt", {body: "hunnan", year: 2023}],
    ["report.txt", {body: "report", year: null}],
  ])("%s", (path, id) => {
    expect(reportIdFromPath(path)).toEqual(id);
  });
});
