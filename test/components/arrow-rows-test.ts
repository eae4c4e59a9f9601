import {describe, expect, it} from "vitest";
import {arrowRows} from "../../src/components/arrow-rows.ts";
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
