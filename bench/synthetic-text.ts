import {readFileSync} from "node:fs";
import {dropRepeatedParagraphs, splitParagraphs} from "../src/extract/paragraphs.ts";

/** The marker every synthetic text carries, so it can never be mistaken for a report. */
export const SYNTHETIC_LABEL = "（合成测试文本，非真实报告，仅用于基准测试。）";

/**
 * Synthetic report text of about `bytes` UTF-8 bytes, for benchmarks only:
 * the seed report's paragraphs with their digits varied and a serial number
 * added, so that no paragraph repeats (a repeat would be dropped unread and
 * flatter the throughput). Deterministic for a given size.
 */
export function syntheticReportText(bytes: number, seedPath = "data/reports/dalian-hitech/2024.txt"): string {
  const paragraphs = dropRepeatedParagraphs(splitParagraphs(readFileSync(seedPath, "utf8"))).kept.map((p) => p.text);
  const lines = [SYNTHETIC_LABEL];
  let size = Buffer.byteLength(SYNTHETIC_LABEL) + 1;
  let random = 1;
  for (let i = 0; size < bytes; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!.replace(/\d/g, () => {
      random = (random * 48271) % 2147483647;
      return String(random % 10);
    });
    const line = `${paragraph}（第${i}段）`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join("\n");
}
