import {CATEGORY_SPELLINGS, canonicalCategory} from "../model/categories.ts";
import type {Fact} from "../model/fact.ts";
import type {Paragraph} from "./paragraphs.ts";

// 权力事项1140(子项2173)项, 行政职权2,356项（子项3,001项）, 权责事项 2198 项: the list's total, with its sub-items when given.
const TOTAL =
  /(?:权力事项|行政职权|权责事项)\s*(\d[\d,，]*)(\s*项)?(?:\s*[(（]\s*子项\s*(\d[\d,，]*)\s*项?\s*[)）])?(\s*项)?/g;
// 行政许可155项: a category with its count.
const CATEGORY = new RegExp(`(${CATEGORY_SPELLINGS.join("|")})\\s*(\\d[\\d,，]*)\\s*项`, "g");

/** The power list's total, sub-item total and per-category counts in the given paragraphs. */
export function extractPowerList(paragraphs: readonly Paragraph[]): Fact[] {
  const facts: Fact[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(TOTAL)) {
      if (m[2] === undefined && m[4] === undefined) continue; // a number with no 项 is not a count of items
      const start = p.start + m.index;
      facts.push(fact("power_list.items", null, m[1]!, m[0], start));
      if (m[3] !== undefined) facts.push(fact("power_list.subitems", null, m[3], m[0], start));
    }
    for (const m of p.text.matchAll(CATEGORY)) {
      facts.push(fact("power_list.category", canonicalCategory(m[1]!) ?? null, m[2]!, m[0], p.start + m.index));
    }
  }
  return facts;
}

function fact(metric: string, category: string | null, digits: string, raw: string, start: number): Fact {
  const value = Number(digits.replace(/[,，]/g, ""));
  return {metric, category, value, unit: "项", qualifier: "exact", raw, start, end: start + raw.length};
}
