import {tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {toArrowStream, toArrowTable} from "../../src/io/arrow.ts";

const table = toArrowTable({
  category: {type: "string", values: ["行政许可", null, "行政许可"]},
  year: {type: "int", values: [2024, 2024, 2023]},
  value: {type: "float", values: [155, 69.45, 1]},
});

describe("toArrowTable", () => {
  it("writes strings dictionary-encoded, integers as Int32 and numbers as Float64", () => {
    expect(table.schema.fields.map((f) => String(f.type))).toEqual(["Dictionary<Int8, Utf8>", "Int32", "Float64"]);
  });
});

describe("toArrowStream", () => {
  it("writes the IPC stream format, which reads back to the same rows", () => {
    const bytes = toArrowStream(table);
    // A stream starts with a message (continuation marker), a file with the magic "ARROW1".
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).not.toBe("ARROW1");
    expect(
      tableFromIPC(bytes)
        .toArray()
        .map((row) => row.toJSON()),
    ).toEqual([
      {category: "行政许可", year: 2024, value: 155},
      {category: null, year: 2024, value: 69.45},
      {category: "行政许可", year: 2023, value: 1},
    ]);
  });

  it("is byte-identical for the same table", () => {
    expect(toArrowStream(table)).toEqual(toArrowStream(table));
  });
});

describe("toArrowTable, built again", () => {
  it("gives the same bytes however many tables were built before it", () => {
    const build = () =>
      toArrowStream(
        toArrowTable({a: {type: "string", values: ["甲", "乙"]}, b: {type: "string", values: ["丙", null]}}),
      );
    const first = build();
    toArrowTable({other: {type: "string", values: ["丁"]}});
    expect(build()).toEqual(first);
  });
});

describe("toArrowTable with no rows", () => {
  it("writes a stream DuckDB-WASM can read: no dictionary it would wait for", () => {
    const empty = toArrowTable({body: {type: "string", values: []}, n: {type: "int", values: []}});
    const read = tableFromIPC(toArrowStream(empty));
    expect(read.numRows).toBe(0);
    expect(read.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
      ["body", "Utf8"],
      ["n", "Int32"],
    ]);
  });
});
