import {describe, expect, it} from "vitest";
import {arrowRows, arrowRowsWhere, arrowTable} from "../../src/components/arrow-rows.ts";
import {toArrowStream, toArrowTable} from "../../src/io/arrow.ts";

describe("arrowRows", () => {
  it("reads a published Arrow stream into plain rows, as the overview draws before DuckDB starts", () => {
    const table = toArrowTable({
      body: {type: "string", values: ["dl", "dl"]},
      year: {type: "int", values: [2024, 2023]},
      value: {type: "float", values: [2173, 69.45]},
    });
    expect(arrowRows(toArrowStream(table))).toEqual([
      {body: "dl", year: 2024, value: 2173},
      {body: "dl", year: 2023, value: 69.45},
    ]);
  });
});

describe("arrowRowsWhere", () => {
  const stream = toArrowStream(
    toArrowTable({
      body: {type: "string", values: ["dl", "sy", "dl", "sy"]},
      year: {type: "int", values: [2024, 2024, 2023, 2023]},
    }),
  );

  it("builds only the rows whose column holds the value, as arrowRows builds them, in table order", () => {
    const rows = arrowRowsWhere(arrowTable(stream), "body", "dl");
    expect(rows).toEqual(arrowRows<{body: string}>(stream).filter((r) => r.body === "dl"));
    expect(rows.map((r) => r.year)).toEqual([2024, 2023]);
  });

  it("gives no row for a value the column does not hold, and every row for a table without the column", () => {
    expect(arrowRowsWhere(arrowTable(stream), "body", "xx")).toEqual([]);
    expect(arrowRowsWhere(arrowTable(stream), "region", "dl")).toHaveLength(4);
  });
});
