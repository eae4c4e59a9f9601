import {describe, expect, it} from "vitest";
import {reviewLatestTable, reviewTable} from "../../src/review/review-tables.ts";
import {fixtureReview} from "../dom/review-fixture.ts";

describe("review tables", () => {
  const {rows} = fixtureReview();

  it("publishes every report in `review` and only the newest year's in `review-latest`", () => {
    const years = (table: ReturnType<typeof reviewTable>) => [...table.getChild("year")!].map(Number);
    expect(new Set(years(reviewTable(rows)))).toEqual(new Set([2023, 2024]));
    const latest = reviewLatestTable(rows);
    expect(years(latest)).toEqual(rows.filter((r) => r.year === 2024).map(() => 2024));
    expect(latest.schema.fields.map((f) => f.name)).toEqual(reviewTable(rows).schema.fields.map((f) => f.name));
  });
});
