import type {Qualifier} from "../model/fact.ts";
import type {EvidenceRow, ReviewRow} from "../review/review-rows.ts";
import {TIMELINESS_LABELS} from "../review/review-view.ts";
import {element} from "./dom.ts";
import {formatFigure} from "./format.ts";
import {provenanceLink} from "./provenance-link.ts";

const VIA = {heading: "标题", wording: "正文表述"} as Record<string, string>;

/**
 * One report's review with the evidence for every cell: the signature and its
 * deadline, each required part with the heading or sentence that shows it,
 * the figures dropped since last year with last year's value and sentence,
 * and the failed checks; every span one click from its place in the text.
 */
export function reviewDetail(row: ReviewRow, evidence: readonly EvidenceRow[]): HTMLElement {
  const mine = evidence.filter((e) => e.body === row.body && e.year === row.year);
  const of = (cell: EvidenceRow["cell"]) => mine.filter((e) => e.cell === cell);
  const root = element("section", "review-detail");
  root.dataset.body = row.body;
  const title = row.government_zh ? `${row.body_zh}（${row.government_zh}的部门）` : row.body_zh;
  root.append(element("h3", "", `${title} · ${row.year}年度报告`));

  const signature = of("signature")[0];
  const dated = row.signed_on ? `落款日期 ${row.signed_on}，` : "报告末尾没有落款日期，";
  const line = element(
    "p",
    `signature ${row.timeliness}`,
    `${dated}${row.due_rule}（期限 ${row.due}）：${TIMELINESS_LABELS[row.timeliness]}。`,
  );
  if (signature?.start != null && signature.end != null) line.append(" ", link(signature, "查看落款"));
  root.append(element("h4", "", "落款与报送期限"), line);

  root.append(element("h4", "", `必备部分：${row.parts_present}/${row.parts_required}`));
  const parts = element("ul", "parts");
  for (const part of of("part")) {
    const item = element("li", part.status === "present" ? "present" : "absent");
    if (part.status === "present") {
      item.append(`✓ ${part.label}：见${VIA[part.via] ?? ""}“`, element("q", "", part.quote), "” ", link(part));
    } else {
      const optional = part.key === "other" ? "（非必备）" : "";
      item.append(`✗ ${part.label}${optional}：报告中没有找到这一部分的标题或表述`);
    }
    parts.append(item);
  }
  root.append(parts);

  root.append(element("h4", "", `报告数字：${row.stated} 个指标`));
  const stated = element("p", "");
  const all = element("a", "", "在《数据与来源》中查看全部数字及其原句") as HTMLAnchorElement;
  all.href = `./data?${new URLSearchParams({body: row.body, year: String(row.year)})}`;
  stated.append(all);
  root.append(stated);

  const dropped = of("dropped");
  root.append(
    element(
      "h4",
      "",
      row.previous_year === null
        ? "未再报告的数字：没有上一年度报告可比"
        : `未再报告的数字：${dropped.length} 个（与${row.previous_year}年度报告相比）`,
    ),
  );
  if (dropped.length) {
    const list = element("ul", "dropped");
    for (const d of dropped) {
      const figure = formatFigure(d.value ?? 0, d.unit ?? "", (d.qualifier ?? "exact") as Qualifier, d.value_high);
      list.append(
        element(
          "li",
          "",
          `${d.label}：${d.source_year}年为 ${figure}，原句“`,
          element("q", "", d.quote),
          "” ",
          link(d),
        ),
      );
    }
    root.append(list);
  }

  const checks = of("check");
  root.append(element("h4", "", `未通过核对：${checks.length} 项`));
  if (checks.length) {
    const list = element("ul", "checks");
    for (const c of checks) {
      const item = element("li", "", c.label);
      if (c.start != null) item.append(" ", link(c));
      list.append(item);
    }
    root.append(list);
  }
  return root;
}

function link(e: EvidenceRow, label = "查看原文"): HTMLElement {
  return provenanceLink({body: e.body, year: e.source_year, start: e.start ?? 0, end: e.end ?? 0}, label);
}
