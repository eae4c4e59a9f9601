import {element, setValue} from "./dom.ts";

/** A report a page can show: a body's report for a year. */
export interface ReportChoice {
  body: string;
  body_zh: string;
  year: number;
  /** 1 when the report is invented for tests: the selector says so wherever it is chosen. */
  synthetic?: number;
}

const KEY = "fazhi.report";

/**
 * Chooses which report every chart of a page shows. The choice carries from
 * page to page (kept in the browser) and can be linked (`?body=…&year=…`).
 * The element's `value` is the chosen report, for `view()`.
 */
export function reportSelector(reports: readonly ReportChoice[]): HTMLElement & {value: ReportChoice} {
  const sorted = [...reports].sort((a, b) => b.year - a.year || a.body_zh.localeCompare(b.body_zh, "zh-CN"));
  const select = element("select", "") as HTMLSelectElement;
  select.setAttribute("aria-label", "选择报告");
  sorted.forEach((r, i) => {
    const option = element(
      "option",
      "",
      `${r.body_zh} · ${r.year}年${r.synthetic ? "（测试数据）" : ""}`,
    ) as HTMLOptionElement;
    option.value = String(i);
    select.append(option);
  });
  const warning = element("span", "synthetic-note", "此报告为测试用虚构数据，不是真实报告");
  const node = element("label", "report-selector", element("span", "", "报告："), select, warning) as HTMLElement & {
    value: ReportChoice;
  };
  const label = () => (warning.hidden = !node.value.synthetic);
  const initial = sorted.findIndex((r) => matches(r, preferred()));
  select.value = String(Math.max(0, initial));
  node.value = sorted[Number(select.value)]!;
  label();
  select.addEventListener("input", (event) => {
    event.stopPropagation();
    const choice = sorted[Number(select.value)]!;
    try {
      localStorage.setItem(KEY, JSON.stringify({body: choice.body, year: choice.year}));
    } catch {
      // Storage may be off (private windows, locked-down intranets): the choice then lasts for the page.
    }
    setValue(node, choice);
    label();
  });
  return node;
}

function preferred(): {body?: string; year?: number} {
  const params = new URLSearchParams(location.search);
  if (params.has("body")) return {body: params.get("body")!, year: Number(params.get("year")) || undefined};
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "{}");
  } catch {
    return {};
  }
}

function matches(report: ReportChoice, wanted: {body?: string; year?: number}): boolean {
  return report.body === wanted.body && (wanted.year === undefined || report.year === wanted.year);
}
