import {describe, expect, it} from "vitest";
import {
  peerData,
  peerDataFrom,
  peerFigures,
  peerRows,
  referenceRows,
  sharedMetrics,
  withoutColumn,
} from "../../src/components/peer-table.ts";
import {queryTyped} from "../../src/components/duckdb.ts";
import {FIXTURE_TABLES, openNodeDuckDB} from "../dom/duckdb-node.ts";
import {useDom} from "../dom/snapshot.ts";

useDom();

const report = {body: "dl", body_zh: "大连高新区", year: 2024};

describe("peer table", () => {
  it("sets our figures beside the peers', saying why one cannot be read against ours", async () => {
    const db = await openNodeDuckDB();
    db.run(FIXTURE_TABLES);
    const data = await peerData(db, report);
    expect(data.kind).toBe("zone_department");
    expect(sharedMetrics(data)).toEqual(["权力事项"]);
    // Only figures the reference data also gives have rows: ours, then the peer's.
    const rows = withoutColumn(peerRows(data, report), "来源");
    expect(rows.map((r) => r.可比性)).toEqual(["—", expect.stringMatching(/^不可直接比较：口径不同/)]);
    expect(peerFigures(data, report)).toEqual([
      {name: "大连高新区 2024", value: 2173, ours: true},
      {name: "杭州市 2023", value: 4000, ours: false},
    ]);
    expect(referenceRows(data.peers)[0]!.数值).toBe("4000项");
  }, 60_000);

  it("reads the same from rows already read as from DuckDB", async () => {
    const db = await openNodeDuckDB();
    db.run(FIXTURE_TABLES);
    type Facts = Parameters<typeof peerDataFrom>[0];
    const facts = (await queryTyped<Facts[number]>(db, "SELECT * FROM facts")).reverse();
    const bodies = await queryTyped<{id: string; kind: string}>(db, "SELECT * FROM bodies");
    const reference = await queryTyped<Parameters<typeof peerDataFrom>[2][number]>(db, "SELECT * FROM reference");
    expect(peerDataFrom(facts, bodies, reference, report)).toEqual(await peerData(db, report));
  }, 60_000);
});
