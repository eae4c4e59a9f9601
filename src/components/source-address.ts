import {element} from "./dom.ts";

/**
 * Where a reference figure was published, on another site: shown as text to
 * select and copy, not as a link — on a closed intranet a link to another
 * host cannot open, and the site requests nothing from other origins.
 */
export function sourceAddress(url: string): HTMLElement {
  const node = element("span", "source-address", url);
  node.title = "原发布网址：内网无法打开，可复制到能访问互联网的电脑上查看";
  return node;
}
