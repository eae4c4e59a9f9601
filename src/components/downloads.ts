import {toCsv} from "../io/csv.ts";
import {element} from "./dom.ts";

export interface DownloadsOptions<T extends object> {
  /** The rows behind the chart or table, and the file name (without extension) to save them as. */
  rows: readonly T[];
  columns: readonly (keyof T & string)[];
  filename: string;
  /** The published Parquet file of the whole table the rows come from. */
  parquet?: string;
  /** The chart to offer as SVG and PNG: the largest SVG in the element this returns (a legend is a small one). */
  chart?: () => Element | null;
}

/** Download buttons for what a chart or table shows: CSV for Excel, Parquet, and the chart as SVG and PNG. */
export function downloads<T extends object>({
  rows,
  columns,
  filename,
  parquet,
  chart,
}: DownloadsOptions<T>): HTMLElement {
  const bar = element("div", "downloads");
  // Nothing to download is no button: an empty table offers no CSV of its header alone.
  bar.hidden = rows.length === 0 && !parquet && !chart;
  bar.append(element("span", "muted", "下载："));
  if (rows.length > 0) {
    bar.append(
      button("CSV", () => save(new Blob([toCsv(columns, rows)], {type: "text/csv;charset=utf-8"}), `${filename}.csv`)),
    );
  }
  if (parquet) {
    const link = element("a", "download", "Parquet（全表）") as HTMLAnchorElement;
    link.href = parquet;
    link.download = `${filename}.parquet`;
    bar.append(link);
  }
  if (chart) {
    bar.append(
      button("SVG", () =>
        withSvg(chart, (svg) => save(new Blob([serialise(svg)], {type: "image/svg+xml"}), `${filename}.svg`)),
      ),
    );
    bar.append(button("PNG", () => withSvg(chart, (svg) => toPng(svg).then((blob) => save(blob, `${filename}.png`)))));
  }
  return bar;
}

function button(label: string, action: () => void): HTMLButtonElement {
  const b = element("button", "download", label) as HTMLButtonElement;
  b.type = "button";
  b.addEventListener("click", action);
  return b;
}

function withSvg(chart: () => Element | null, use: (svg: SVGSVGElement) => void): void {
  const root = chart();
  if (!root) return;
  const svgs =
    root instanceof SVGSVGElement ? [root] : [...root.querySelectorAll<SVGSVGElement>(":scope svg:not(svg svg)")];
  const area = (svg: SVGSVGElement) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height;
  const largest = svgs.sort((a, b) => area(b) - area(a))[0];
  if (largest) use(largest);
}

/** The chart as a standalone SVG file: its colours and font resolved, since the page's stylesheet does not travel with it. */
export function serialise(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const style = getComputedStyle(svg);
  copy.setAttribute(
    "style",
    `font-family: ${style.fontFamily}; font-size: ${style.fontSize}; color: ${style.color}; background: white`,
  );
  return new XMLSerializer().serializeToString(copy).replace(/var\(--[\w-]+\)/g, "currentColor");
}

/** The chart drawn at twice its size onto a white canvas, for slides and documents. */
export async function toPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const {width, height} = svg.getBoundingClientRect();
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([serialise(svg)], {type: "image/svg+xml"}));
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext("2d")!;
  context.fillStyle = "white";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG failed"))), "image/png"),
  );
}

function save(blob: Blob, filename: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
