import {bodyList} from "./body-list.ts";
import {element, setValue} from "./dom.ts";
import {compareNames, ReportChoices} from "./report-choices.ts";

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
 * Chooses which report every chart of a page shows: a body, then one of its
 * years (two lists, so that thousands of bodies stay usable). The choice
 * carries from page to page (kept in the browser) and can be linked
 * (`?body=…&year=…`). The element's `value` is the chosen report, for `view()`.
 */
export function reportSelector(reports: readonly ReportChoice[] | ReportChoices): HTMLElement & {value: ReportChoice} {
  const choices = reports instanceof ReportChoices ? reports : ReportChoices.from(reports);
  const bodies = choices.bodies;
  const wanted = preferredReport();
  const bodySelect = bodyList(bodies, choices.reports(wanted.body ?? "").length ? wanted.body! : bodies[0]!.body);
  const yearSelect = element("select", "") as HTMLSelectElement;
  yearSelect.setAttribute("aria-label", "选择年份");
  const warning = element("span", "synthetic-note", "此报告为测试用虚构数据，不是真实报告");
  const node = element(
    "div",
    "report-selector",
    element("span", "", "报告："),
    bodySelect,
    yearSelect,
    warning,
  ) as HTMLElement & {
    value: ReportChoice;
  };

  const choose = (body: string, year?: number) => {
    const listed = choices.reports(body);
    const years = listed.length ? listed : choices.reports(bodies[0]!.body);
    yearSelect.replaceChildren(
      ...years.map((r) => option(String(r.year), `${r.year}年${r.synthetic ? "（测试数据）" : ""}`)),
    );
    const chosen = years.find((r) => r.year === year) ?? years[0]!;
    bodySelect.value = chosen.body;
    yearSelect.value = String(chosen.year);
    warning.hidden = !chosen.synthetic;
    return chosen;
  };
  node.value = choose(bodySelect.value, wanted.year);
  printHeader(node.value);

  const update = (event: Event) => {
    event.stopPropagation();
    const choice = choose(bodySelect.value, event.target === yearSelect ? Number(yearSelect.value) : node.value.year);
    try {
      localStorage.setItem(KEY, JSON.stringify({body: choice.body, year: choice.year}));
    } catch {
      // Storage may be off (private windows, locked-down intranets): the choice then lasts for the page.
    }
    remember(choice);
    setValue(node, choice);
  };
  bodySelect.addEventListener("input", update);
  yearSelect.addEventListener("input", update);
  return node;
}

/** A body, for a page that shows all of its years (多年趋势). */
export interface BodyChoice {
  body: string;
  body_zh: string;
}

/**
 * Chooses a body for a page that shows every year of it: the same choice the
 * report selector makes on the other pages (from the address, else the
 * browser), and kept there when changed, with the year last chosen.
 */
export function bodySelector(bodies: readonly BodyChoice[]): HTMLElement & {value: BodyChoice} {
  const sorted = [...bodies].sort(byName);
  const wanted = preferredReport();
  const chosen = sorted.find((b) => b.body === wanted.body) ?? sorted[0]!;
  const bodySelect = bodyList(sorted, chosen.body);
  const node = element("div", "report-selector", element("span", "", "单位："), bodySelect) as HTMLElement & {
    value: BodyChoice;
  };
  node.value = chosen;
  bodySelect.addEventListener("input", (event) => {
    event.stopPropagation();
    const choice = sorted.find((b) => b.body === bodySelect.value)!;
    const year = wanted.year;
    try {
      localStorage.setItem(KEY, JSON.stringify({body: choice.body, year}));
    } catch {
      // As for the report selector: without storage the choice lasts for the page.
    }
    const url = new URL(location.href);
    url.searchParams.set("body", choice.body);
    history.replaceState(history.state, "", url);
    setValue(node, choice);
  });
  return node;
}

/**
 * Puts the choice in the address (so a copied link opens this report) without a
 * new history entry, and in the header printed on every page.
 */
function remember(choice: ReportChoice): void {
  const url = new URL(location.href);
  url.searchParams.set("body", choice.body);
  url.searchParams.set("year", String(choice.year));
  history.replaceState(history.state, "", url);
  printHeader(choice);
}

/** A printout names its body, year and page on every sheet: a page margin box, which Chromium repeats per page. */
function printHeader(choice: ReportChoice): void {
  // The page's own title (大屏, 权责清单), not its heading, which on some pages is still being written.
  const title = document.title.split(" | ")[0]!.trim() || (document.querySelector("h1")?.textContent?.trim() ?? "");
  const text = `${choice.body_zh} · ${choice.year}年 · ${title}`.replace(/["\\]/g, "");
  let style = document.getElementById("print-header");
  if (!style) {
    style = element("style", "");
    style.id = "print-header";
    document.head.append(style);
  }
  style.textContent = `@media print { @page { @top-center { content: "${text}"; font-size: 9pt; color: #555; } } }`;
}

const byName = (a: {body_zh: string}, b: {body_zh: string}) => compareNames(a.body_zh, b.body_zh);

function option(value: string, text: string): HTMLOptionElement {
  const node = element("option", "", text) as HTMLOptionElement;
  node.value = value;
  return node;
}

/** The report a page opens on: named in the address (a link), else the one last chosen in this browser. */
export function preferredReport(): {body?: string; year?: number} {
  const params = new URLSearchParams(location.search);
  if (params.has("body")) return {body: params.get("body")!, year: Number(params.get("year")) || undefined};
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "{}");
  } catch {
    return {};
  }
}
