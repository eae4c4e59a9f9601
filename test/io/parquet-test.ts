import {tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {toArrowStream, toArrowTable} from "../../src/io/arrow.ts";
import {arrowStreamToParquet, parquetToArrowStream} from "../../src/io/parquet.ts";

describe("arrowStreamToParquet", () => {
  const stream = toArrowStream(
    toArrowTable({
      category: {type: "string", values: ["行政处罚", "行政裁决"]},
      value: {type: "float", values: [1719, 1]},
    }),
  );
  const bytes = arrowStreamToParquet(stream);

  it("writes a Parquet file that reads back to the same rows", () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    const back = tableFromIPC(parquetToArrowStream(bytes));
    expect(back.toArray().map((row) => row.toJSON())).toEqual([
      {category: "行政处罚", value: 1719},
      {category: "行政裁决", value: 1},
    ]);
  });

  it("is byte-identical for the same input", () => {
    expect(arrowStreamToParquet(stream)).toEqual(bytes);
  });
});
