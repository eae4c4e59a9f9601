import {describe, expect, it} from "vitest";
import {metricsTable} from "../../src/tables/metrics.ts";
import {METRICS} from "../../src/model/catalogue.ts";

describe("metricsTable", () => {
  it("publishes every metric of the catalogue in order, with its area's label and phrases", () => {
    const rows = metricsTable(METRICS)
      .toArray()
      .map((r) => ({...r}));
    expect(rows.length).toBe(METRICS.length);
    expect(rows[0]).toMatchObject({
      metric: "power_list.items",
      label: "权力事项",
      unit: "项",
      area: "functions",
      position: 0,
    });
    expect(rows[0]!.area_label).toBe("健全政府机构职能体系");
    expect(rows.find((r) => r.metric === "reconsideration.received")!.phrases).toContain("收到");
  });
});
