import {describe, expect, it} from "vitest";
import {checkAlerts} from "../../src/components/check-alerts.ts";
import {expectSnapshot, useDom} from "../dom/snapshot.ts";

useDom();

const failed = {body: "dl", year: 2024, message: "2类合计1919项，与子项总数2173项不一致", start: 20, end: 48};

describe("checkAlerts", () => {
  it("gives a banner per failed check, with the advice and the link a page asks for", () => {
    const [alert] = checkAlerts([failed], {advice: "下列数字照报告原文列出，引用前请先核对。", link: true});
    expect(alert!.getAttribute("role")).toBe("alert");
    expectSnapshot("check-alerts", alert!);
  });

  it("words the banner as the page asks, links only a check that read a span, and gives none for no failure", () => {
    const [alert] = checkAlerts([{...failed, start: null, end: null}], {lead: "权责清单核对未通过", link: true});
    expect(alert!.textContent).toBe("✗ 权责清单核对未通过：2类合计1919项，与子项总数2173项不一致");
    expect(checkAlerts([])).toEqual([]);
  });
});
