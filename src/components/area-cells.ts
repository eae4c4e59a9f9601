import * as Plot from "@observablehq/plot";
import {element} from "./dom.ts";
import {PALETTE} from "./palette.ts";

/** A named area a report lists, with the text it was read from. */
export interface NamedArea {
  name: string;
  raw: string;
}

/**
 * A row of equal cells, one per area, in the report's order: the report
 * names them without counts, so nothing here is sized by a number.
 */
export function areaCells(
  areas: readonly NamedArea[],
  {width = 900, label = "矛盾纠纷排查领域", empty = "本报告未列出排查领域。"} = {},
): Element {
  if (areas.length === 0) return element("p", "muted", empty);
  return Plot.plot({
    width,
    height: 70,
    marginLeft: 0,
    x: {axis: null, domain: areas.map((d) => d.name)},
    y: {axis: null},
    ariaLabel: label,
    ariaDescription: areas.map((d) => d.name).join("、"),
    marks: [
      Plot.cell(areas, {x: "name", fill: PALETTE.bar, inset: 2, title: (d: NamedArea) => d.raw}),
      Plot.text(areas, {x: "name", text: "name", fill: "white", fontSize: 15}),
    ],
  });
}
