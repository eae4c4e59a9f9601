import {createHash} from "node:crypto";
import type {Fact, ReportId} from "../model/fact.ts";
import {decodeReport} from "./decode.ts";
import {dropRepeatedParagraphs, splitParagraphs} from "./paragraphs.ts";
import {extractPowerList} from "./power-list.ts";

/** What the extractor knows of a report as a whole. */
export interface ReportInfo extends ReportId {
  /** SHA-256 of the file's bytes, so a figure can be traced to the exact file it came from. */
  sha256: string;
  /** Length of the decoded text, in JavaScript string indices. */
  chars: number;
  /** Paragraphs dropped because the same paragraph came earlier in the text. */
  duplicates_removed: number;
}

export interface Extraction {
  report: ReportInfo;
  /** The decoded text that every fact's offsets point into. */
  text: string;
  facts: Fact[];
}

/** Reads one report's bytes into facts, each with its offsets in the decoded text. */
export function extractReport(bytes: Uint8Array, id: ReportId): Extraction {
  const text = decodeReport(bytes);
  const {kept, removed} = dropRepeatedParagraphs(splitParagraphs(text));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return {
    report: {...id, sha256, chars: text.length, duplicates_removed: removed},
    text,
    facts: extractPowerList(kept),
  };
}
