import type {Paragraph} from "./paragraphs.ts";

const LEVEL1 = /^([一二三四五六七八九十]+)、/;
const LEVEL2 = /^[(（]([一二三四五六七八九十]+)[)）]/;

/**
 * The outline position of each paragraph, as the report numbers it:
 * "一、" for a part, "一、(二)" for a section within it. Full-width
 * brackets are written half-width, so one section has one label.
 */
export function sectionLabels(paragraphs: readonly Paragraph[]): string[] {
  let part = "";
  let section = "";
  return paragraphs.map(({text}) => {
    const level1 = LEVEL1.exec(text);
    const level2 = LEVEL2.exec(text);
    if (level1) [part, section] = [`${level1[1]}、`, ""];
    else if (level2) section = `(${level2[1]})`;
    return part + section;
  });
}
