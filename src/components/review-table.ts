import type {ReviewRow} from "../review/review-rows.ts";
import {
  filterReview,
  partsCell,
  reviewCsvRows,
  reviewKinds,
  reviewYears,
  sortReview,
  TIMELINESS_LABELS,
  type ReviewSort,
  type ReviewSortKey,
} from "../review/review-view.ts";
import {element} from "./dom.ts";
import {downloads} from "./downloads.ts";

export interface ReviewTableOptions {
  /** The year shown first; the newest when absent or not in the rows. */
  year?: number | null;
  /** Called with a row when the reader opens it. */
  onOpen: (row: ReviewRow) => void;
  /** Rows drawn at once; more are drawn on request, so 3,000 bodies stay fast. */
  pageSize?: number;
  /**
   * Every year's rows, when `rows` holds only the newest year's: loaded after
   * the first rows are drawn, then the year choice offers every year.
   */
  all?: () => Promise<readonly ReviewRow[]>;
}

const COLUMNS: [ReviewSortKey, string][] = [
  ["body_zh", "单位"],
  ["kind_zh", "类型"],
  ["signed_on", "落款日期"],
  ["timeliness", "是否按时"],
  ["parts", "必备部分"],
  ["stated", "报告数字"],
  ["dropped", "未再报告"],
  ["failed", "未通过核对"],
];

/**
 * The office's checklist: one row per report of the chosen year, sortable by
 * any column, filtered by kind of body, downloadable as CSV; a row opens that
 * report's evidence through `onOpen`. Marks `fazhi-first-rows` when the first
 * rows are on screen.
 */
export function reviewTable(
  first: readonly ReviewRow[],
  {year, onOpen, pageSize = 100, all}: ReviewTableOptions,
): HTMLElement {
  let rows = first;
  const years = reviewYears(rows);
  const state = {
    year: year != null && years.includes(year) ? year : (years[0] ?? 0),
    kind: "",
    sort: {key: "parts", descending: false} as ReviewSort,
    shown: pageSize,
  };
  const root = element("div", "review-table");
  const controls = element("form", "review-controls");
  const yearSelect = select(
    "年度",
    years.map((y) => [String(y), `${y}年`]),
  );
  const kindSelect = select("类型", []);
  controls.append(yearSelect.label, kindSelect.label);
  const summary = element("p", "review-summary muted");
  const table = element("table", "review");
  const head = element("thead", "");
  const body = element("tbody", "");
  table.append(head, body);
  const more = element("button", "review-more", "") as HTMLButtonElement;
  more.type = "button";
  const bar = element("div", "review-downloads");
  root.append(controls, summary, element("div", "review-scroll", table), more, bar);

  const draw = () => {
    const chosen = sortReview(filterReview(rows, state.year, state.kind), state.sort);
    head.replaceChildren(
      headerRow(state.sort, (key) => {
        state.sort = {
          key,
          descending:
            state.sort.key === key
              ? !state.sort.descending
              : key !== "body_zh" && key !== "kind_zh" && key !== "parts" && key !== "signed_on",
        };
        draw();
      }),
    );
    body.replaceChildren(...chosen.slice(0, state.shown).map((row) => rowOf(row, onOpen)));
    const late = chosen.filter((r) => r.timeliness === "late").length;
    const incomplete = chosen.filter((r) => r.parts_present < r.parts_required).length;
    summary.textContent = `${state.year}年共 ${chosen.length} 份报告：缺少必备部分 ${incomplete} 份，逾期落款 ${late} 份。点击单位名称查看每一格的依据。`;
    more.hidden = chosen.length <= state.shown;
    more.textContent = `再显示 ${Math.min(pageSize, chosen.length - state.shown)} 行（共 ${chosen.length} 行）`;
    const csv = reviewCsvRows(chosen);
    bar.replaceChildren(downloads({rows: csv, columns: Object.keys(csv[0] ?? {}), filename: `报告审核-${state.year}`}));
  };
  const fillKinds = () => {
    const kinds = reviewKinds(filterReview(rows, state.year, ""));
    if (!kinds.some(([k]) => k === state.kind)) state.kind = "";
    kindSelect.select.replaceChildren(...[["", "全部类型"] as [string, string], ...kinds].map(option));
    kindSelect.select.value = state.kind;
  };
  yearSelect.select.value = String(state.year);
  yearSelect.select.addEventListener("change", () => {
    state.year = Number(yearSelect.select.value);
    state.shown = pageSize;
    fillKinds();
    draw();
  });
  kindSelect.select.addEventListener("change", () => {
    state.kind = kindSelect.select.value;
    state.shown = pageSize;
    draw();
  });
  more.addEventListener("click", () => {
    state.shown += pageSize;
    draw();
  });
  // The printed checklist is the whole year, not the rows drawn so far: the browser lays the page out for print after this.
  window.addEventListener("beforeprint", () => {
    if (more.hidden) return;
    state.shown = Number.MAX_SAFE_INTEGER;
    draw();
  });
  fillKinds();
  draw();
  requestAnimationFrame(() => {
    performance.mark("fazhi-first-rows");
    // The other years are fetched only once the first rows are on screen, and change nothing the reader sees but the year choice.
    void all?.().then((every) => {
      rows = every;
      yearSelect.select.replaceChildren(...reviewYears(rows).map((y) => option([String(y), `${y}年`])));
      yearSelect.select.value = String(state.year);
    });
  });
  return root;
}

function select(label: string, options: [string, string][]): {label: HTMLElement; select: HTMLSelectElement} {
  const node = element("select", "", ...options.map(option)) as HTMLSelectElement;
  return {label: element("label", "", `${label}：`, node), select: node};
}

function option([value, label]: [string, string]): HTMLOptionElement {
  const node = element("option", "", label) as HTMLOptionElement;
  node.value = value;
  return node;
}

function headerRow(sort: ReviewSort, onSort: (key: ReviewSortKey) => void): HTMLElement {
  const tr = element("tr", "");
  for (const [key, label] of COLUMNS) {
    const arrow = sort.key === key ? (sort.descending ? " ▼" : " ▲") : "";
    const button = element("button", "sort", label + arrow) as HTMLButtonElement;
    button.type = "button";
    button.title = "点击排序";
    button.addEventListener("click", () => onSort(key));
    const th = element("th", "", button);
    th.setAttribute("aria-sort", sort.key === key ? (sort.descending ? "descending" : "ascending") : "none");
    tr.append(th);
  }
  return tr;
}

function rowOf(row: ReviewRow, onOpen: (row: ReviewRow) => void): HTMLElement {
  const open = element("button", "review-open", row.body_zh) as HTMLButtonElement;
  open.type = "button";
  open.title = "查看这份报告每一格的依据";
  open.addEventListener("click", () => onOpen(row));
  const name = element("td", "body", open);
  if (row.government_zh) name.append(element("span", "muted", ` 属${row.government_zh}`));
  const signature = element("td", `signature ${row.timeliness}`, TIMELINESS_LABELS[row.timeliness]);
  signature.title = `报送期限：${row.due}（${row.due_rule}）`;
  const parts = element("td", row.parts_missing ? "parts missing" : "parts", partsCell(row));
  const dropped = element("td", "num", row.dropped === null ? "—" : String(row.dropped));
  if (row.dropped === null) dropped.title = "没有上一年度的报告可比";
  const tr = element(
    "tr",
    "",
    name,
    element("td", "", row.kind_zh),
    element("td", "", row.signed_on ?? "—"),
    signature,
    parts,
    element("td", "num", String(row.stated)),
    dropped,
    element("td", row.failed ? "num failed" : "num", String(row.failed)),
  );
  tr.dataset.body = row.body;
  return tr;
}
