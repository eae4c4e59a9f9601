import type {Paragraph} from "./paragraphs.ts";

const LEVEL1 = /^([一二三四五六七八九十]+)、/;
const LEVEL2 = /^[(（]([一二三四五六七八九十]+)[)）]/;

/** Where a paragraph stands in the report's outline. */
export interface SectionInfo {
  /** The outline position as the report numbers it: "一、" for a part, "一、(二)" for a section in it; half-width brackets. */
  label: string;
  /** The heading of the innermost numbered section, without its number: "持续推进依法行政". */
  heading: string;
}

/** The outline position and heading of each paragraph. */
export function sectionsOf(paragraphs: readonly Paragraph[]): SectionInfo[] {
  let part = {label: "", heading: ""};
  let section = {label: "", heading: ""};
  return paragraphs.map(({text}) => {
    const level1 = LEVEL1.exec(text);
    const level2 = LEVEL2.exec(text);
    if (level1) {
      part = {label: `${level1[1]}、`, heading: text.slice(level1[0].length).trim()};
      section = {label: "", heading: ""};
    } else if (level2) {
      section = {label: `(${level2[1]})`, heading: text.slice(level2[0].length).trim()};
    }
    return {label: part.label + section.label, heading: section.heading || part.heading};
  });
}

/** The outline position of each paragraph (see {@link SectionInfo.label}). */
export function sectionLabels(paragraphs: readonly Paragraph[]): string[] {
  return sectionsOf(paragraphs).map((s) => s.label);
}
