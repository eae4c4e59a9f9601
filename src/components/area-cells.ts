import * as Plot from "@observablehq/plot";
import {element} from "./dom.ts";
import {PALETTE} from "./palette.ts";

/** A named area a report lists, with the text it was read from. */
export interface NamedArea {
  name: string;
  raw: string;
}

/** Type size of a cell's name, and the room a name of four characters needs around it. */
const FONT_SIZE = 15;

/**
 * Equal cells, one per area, in the report's order, in as many rows as the
 * width needs for every name to fit (one row on a desk, three on a phone):
 * the report names them without counts, so nothing here is sized by a number.
 */
export function areaCells(
  areas: readonly NamedArea[],
  {width = 900, label = "矛盾纠纷排查领域", empty = "本报告未列出排查领域。"} = {},
): Element {
  if (areas.length === 0) return element("p", "muted", empty);
  const longest = Math.max(...areas.map((d) => d.name.length));
  const columns = Math.max(1, Math.min(areas.length, Math.floor(width / (longest * FONT_SIZE + 24))));
  const rows = Math.ceil(areas.length / columns);
  const cells = areas.map((d, i) => ({...d, column: i % columns, row: Math.floor(i / columns)}));
  return Plot.plot({
    width,
    height: rows * 60 + 10,
    marginLeft: 0,
    x: {axis: null, domain: Array.from({length: columns}, (_, i) => i)},
    y: {axis: null, domain: Array.from({length: rows}, (_, i) => i)},
    ariaLabel: label,
    ariaDescription: areas.map((d) => d.name).join("、"),
    marks: [
      Plot.cell(cells, {x: "column", y: "row", fill: PALETTE.bar, inset: 2, title: (d: NamedArea) => d.raw}),
      Plot.text(cells, {x: "column", y: "row", text: "name", fill: "white", fontSize: FONT_SIZE}),
    ],
  });
}
