import {describe, it} from "vitest";
import {checkList} from "../../src/components/check-list.ts";
import {element} from "../../src/components/dom.ts";
import type {CheckRow} from "../../src/components/report-queries.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

const check = (id: string, status: CheckRow["status"], raw: string | null = null): CheckRow => ({
  body: "dl",
  year: 2024,
  id,
  status,
  message: `${id}的说明<script>`,
  raw,
  start: raw === null ? null : 20,
  end: raw === null ? null : 24,
});

describe("checkList", () => {
  it("says each status in words, and where a check that did not pass read its figures", () => {
    const checks = [
      check("sum", "fail", "1919"),
      check("range", "pass", "50%"),
      check("year", "warn"),
      check("dup", "skip"),
    ];
    expectSnapshot("check-list", element("ul", "checks", ...checkList(checks)));
  });
});
