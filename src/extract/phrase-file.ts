import {readFileSync} from "node:fs";
import {csvParseRows} from "d3";
import {decodeText} from "./decode.ts";
import {AREA_IDS} from "../model/areas.ts";
import {METRICS, type Metric} from "../model/catalogue.ts";
import {InputError} from "./input-error.ts";
import {UNITS} from "./units.ts";

/** The columns of an analysts' phrase file, `data/metric-phrases.csv`. */
export const PHRASE_COLUMNS = ["metric", "phrase", "label", "unit", "area", "note"] as const;

const ID = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;
const KNOWN_UNITS = new Set<string>([...UNITS, "%"]);
/** A unit with its scale in it (万元, 亿元, 万人): the scan reads the scale into the value. */
const SCALED = /^[万亿]./;
/** A phrase is words of one clause, "…" standing for a few characters between them. */
const PHRASE = /^[^，,。；;：:！？!?\s"'<>]+$/;

/**
 * The catalogue extended by an analysts' file: each row adds a label phrase to
 * a metric, or (with label, unit and area) a new metric. A row naming an unknown
 * metric without defining it, an unknown unit or area, or a phrase another metric
 * already has for the same unit is an error naming the file, the line and why.
 */
export function extendCatalogue(file: string, csv: string, base: readonly Metric[] = METRICS): Metric[] {
  if ((csv.match(/"/g)?.length ?? 0) % 2 === 1) throw new InputError(`${file}: a quote (") is not closed`);
  const rows = csvParseRows(csv.replace(/^\ufeff/, ""));
  const header = rows[0]?.map((c) => c.trim()) ?? [];
  const missing = PHRASE_COLUMNS.slice(0, 2).filter((c) => !header.includes(c));
  if (missing.length) throw new InputError(`${file}:1: missing column ${missing.join(", ")}`);
  const column = (row: string[], name: string) => (row[header.indexOf(name)] ?? "").trim();
  const metrics = new Map(base.map((m) => [m.id, {...m, phrases: [...m.phrases]}]));
  // A quoted note may run over several lines: each row starts after the lines the rows before it took.
  let next = 1;
  const lines = rows.map((row) => {
    const line = next;
    next += 1 + row.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    return line;
  });
  rows.slice(1).forEach((row, i) => {
    const line = lines[i + 1]!;
    const fail = (reason: string) => new InputError(`${file}:${line}: ${reason}`);
    if (row.every((cell) => cell.trim() === "")) return;
    if (row.length > header.length) throw fail(`${row.length} fields, the header has ${header.length}`);
    const [id, written, label, unit, area] = ["metric", "phrase", "label", "unit", "area"].map((c) => column(row, c));
    // An ellipsis typed as dots (...), doubled (……) or as the math sign (⋯) is the one "…" phrases use.
    const phrase = written!.replace(/\.{3,}|…+|⋯+/g, "…");
    if (!ID.test(id!)) throw fail(`metric "${id}" is not an id like enforcement.inspections`);
    if (!PHRASE.test(phrase) || phrase.length > 30 || phrase.startsWith("…") || phrase.endsWith("…"))
      throw fail(
        `phrase "${phrase}" must be the words of one clause (no punctuation or spaces; "…" only between words)`,
      );
    let metric = metrics.get(id!);
    if (!metric) {
      if (!label || !unit || !area)
        throw fail(`metric "${id}" is not in the catalogue: give label, unit and area to add it`);
      const units = unit.split("|").map((u) => u.trim());
      const unknown = units.find((u) => !KNOWN_UNITS.has(u));
      if (unknown) throw fail(`unit "${unknown}" is not one the extractor reads (e.g. 件, 项, 人次, %)`);
      // 2,345.6万元 is read as 23456000 元: a metric in 万元 would never meet a figure.
      const scaled = units.find((u) => SCALED.test(u));
      if (scaled)
        throw fail(
          `unit "${scaled}" is a multiple: figures are read in ${scaled.slice(1)} (3.5万元 → 35000 元), give ${scaled.slice(1)}`,
        );
      if (!AREA_IDS.has(area)) throw fail(`area "${area}" is not one of ${[...AREA_IDS].join(", ")}`);
      metric = {id: id!, label, unit: units[0]!, units, area: area as Metric["area"], phrases: []};
      metrics.set(id!, metric);
    } else if ((unit && unit.split("|")[0] !== metric.unit) || (area && area !== metric.area)) {
      throw fail(
        `metric "${id}" is in the catalogue with unit ${metric.unit} and area ${metric.area}: leave unit and area empty`,
      );
    }
    const other = [...metrics.values()].find(
      (m) => m.id !== id && m.phrases.includes(phrase) && m.units.some((u) => metric.units.includes(u)),
    );
    if (other) throw fail(`phrase "${phrase}" already names ${other.id} (${other.label}) for the same unit`);
    if (!metric.phrases.includes(phrase)) metric.phrases.push(phrase);
  });
  return [...metrics.values()];
}

/** Reads an analysts' phrase file (UTF-8, or GB18030 as Excel saves it); a missing or unreadable file is an error naming it. */
export function readPhraseFile(path: string, base: readonly Metric[] = METRICS): Metric[] {
  let csv: string;
  try {
    csv = decodeText(readFileSync(path));
  } catch (error) {
    throw new InputError(`${path}: ${error instanceof InputError ? error.message : "cannot be read"}`);
  }
  return extendCatalogue(path, csv, base);
}
