import * as Plot from "@observablehq/plot";
import {element} from "./dom.ts";
import {PALETTE} from "./palette.ts";
import {CHART_STYLE} from "./chart-size.ts";

/** One body's figure for the bar chart of peers; `ours` marks the chosen report's. */
export interface PeerFigure {
  name: string;
  value: number;
  ours: boolean;
}

/** Horizontal bars of one count across bodies, largest first, the chosen report's in the highlight colour. */
export function peerBars(figures: readonly PeerFigure[], {width = 900, unit = "项", label = "权力事项"} = {}): Element {
  if (figures.length === 0) return element("p", "muted", `没有可比的${label}总数。`);
  return Plot.plot({
    width,
    style: CHART_STYLE,
    marginLeft: 200,
    marginRight: 60,
    height: 40 * figures.length + 54,
    // One tick per 80 px, the axis's name on a line of its own below them: a tick such as 3,500 never runs into it.
    x: {label: `${label}（${unit}）`, grid: true, ticks: Math.max(2, Math.floor((width - 260) / 80)), labelOffset: 38},
    marginBottom: 44,
    y: {label: null},
    ariaLabel: `${label}总数比较`,
    ariaDescription: figures.map((d) => `${d.name} ${d.value}${unit}`).join("；"),
    marks: [
      Plot.barX(figures, {
        x: "value",
        y: "name",
        fill: (d: PeerFigure) => (d.ours ? PALETTE.selected : PALETTE.bar),
        sort: {y: "-x"},
      }),
      Plot.text(figures, {
        x: "value",
        y: "name",
        text: (d: PeerFigure) => `${d.value}${unit}`,
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
