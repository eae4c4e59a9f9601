import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readBodies} from "../../src/corpus/bodies.ts";

const HEADER = "id,name_zh,name_en,kind,province,city,government";

function bodiesFile(...rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-bodies-"));
  writeFileSync(join(dir, "bodies.csv"), [HEADER, ...rows].join("\n") + "\n");
  return dir;
}

describe("readBodies: departments and the government they belong to", () => {
  it("reads a department with its government, listed before or after it", () => {
    const dir = bodiesFile(
      "qh-sfj,青禾县司法局（虚构）,,department,测试省,测试市,qh",
      "qh,青禾县（虚构）,,county,测试省,测试市,",
    );
    expect(readBodies(dir).map((b) => [b.id, b.kind, b.government])).toEqual([
      ["qh-sfj", "department", "qh"],
      ["qh", "county", ""],
    ]);
  });

  it("stops on a department without a government, or with one that is not a government of the file", () => {
    expect(() => readBodies(bodiesFile("d,某局,,department,,,"))).toThrow(/bodies\.csv:2: body d is a department/);
    expect(() => readBodies(bodiesFile("d,某局,,department,,,nowhere"))).toThrow(
      /bodies\.csv:2: department d: government "nowhere" is not the id of a government/,
    );
    expect(() => readBodies(bodiesFile("q,某县,,county,,,", "d,某局,,department,,,qx"))).toThrow(
      /bodies\.csv:3: department d: government "qx"/,
    );
    expect(() => readBodies(bodiesFile("d,某局,,department,,,e", "e,另一局,,department,,,d"))).toThrow(
      /department d: government "e"/,
    );
  });

  it("stops on a body without a kind, which would leave its level unknown", () => {
    expect(() => readBodies(bodiesFile("q,某县,,,,,"))).toThrow(
      /bodies\.csv:2: body q has no kind: give one of .*county/,
    );
  });

  it("stops on a government given for a body that is not a department", () => {
    expect(() => readBodies(bodiesFile("q,某县,,county,,,x"))).toThrow(/bodies\.csv:2: body q is not a department/);
  });

  it("reads a file of the former layout, without the government column, as governments only", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-bodies-"));
    writeFileSync(join(dir, "bodies.csv"), "id,name_zh,name_en,kind,province,city\nq,某县,,county,,\n");
    expect(readBodies(dir)).toEqual([
      {id: "q", name_zh: "某县", name_en: "", kind: "county", province: "", city: "", government: ""},
    ]);
    writeFileSync(join(dir, "bodies.csv"), "id,name_zh,name_en,kind,province,city\nj,某局,,department,,\n");
    expect(() => readBodies(dir)).toThrow(/bodies\.csv:2: body j is a department/);
  });
});
