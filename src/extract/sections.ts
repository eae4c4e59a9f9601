import {topicOf, type TopicId} from "../model/topics.ts";
import type {Paragraph} from "./paragraphs.ts";

const LEVEL1 = /^([一二三四五六七八九十]+)、/;
const LEVEL2 = /^[(（]([一二三四五六七八九十]+)[)）]/;

/** Where a paragraph stands in the report's outline. */
export interface SectionInfo {
  /** The outline position as the report numbers it: "一、" for a part, "一、(二)" for a section in it; half-width brackets. */
  label: string;
  /** The heading of the innermost numbered section, without its number: "持续推进依法行政". */
  heading: string;
  /** The topic of the heading (see `topicOf`). */
  topic: TopicId;
}

/**
 * The outline position and heading of each paragraph. The paragraphs of one section share one object: a long
 * report has tens of thousands of paragraphs and a few dozen sections.
 */
export function sectionsOf(paragraphs: readonly Paragraph[]): SectionInfo[] {
  let part = {label: "", heading: ""};
  let section = {label: "", heading: ""};
  let current = info(part, section);
  return paragraphs.map(({text}) => {
    const level1 = LEVEL1.exec(text);
    const level2 = level1 === null && (text[0] === "(" || text[0] === "（") ? LEVEL2.exec(text) : null;
    if (level1) {
      part = {label: `${level1[1]}、`, heading: text.slice(level1[0].length).trim()};
      section = {label: "", heading: ""};
    } else if (level2) {
      section = {label: `(${level2[1]})`, heading: text.slice(level2[0].length).trim()};
    }
    if (level1 || level2) current = info(part, section);
    return current;
  });
}

function info(part: {label: string; heading: string}, section: {label: string; heading: string}): SectionInfo {
  const heading = section.heading || part.heading;
  return {label: part.label + section.label, heading, topic: topicOf(heading)};
}

/** The outline position of each paragraph (see {@link SectionInfo.label}). */
export function sectionLabels(paragraphs: readonly Paragraph[]): string[] {
  return sectionsOf(paragraphs).map((s) => s.label);
}
