import {element} from "./dom.ts";

/** A body a list offers: its id and its name. */
interface NamedBody {
  body: string;
  body_zh: string;
}

/**
 * The list of bodies a selector offers, in the order given, showing `chosen`.
 * Only the chosen body's option is there at first; the others are added once
 * the page is idle, or as soon as the list is touched or focused: building and
 * styling 3,000 options was a tenth of a second before a page's first chart.
 */
export function bodyList(bodies: readonly NamedBody[], chosen: string): HTMLSelectElement {
  const shown = bodies.find((b) => b.body === chosen) ?? bodies[0];
  const node = element("select", "body-choice", ...(shown ? [bodyOption(shown)] : [])) as HTMLSelectElement;
  node.setAttribute("aria-label", "选择单位");
  let filled = bodies.length <= 1;
  const fill = () => {
    if (filled) return;
    filled = true;
    const value = node.value;
    node.replaceChildren(...bodies.map(bodyOption));
    node.value = value;
  };
  for (const type of ["focus", "pointerdown", "mousedown", "keydown"]) node.addEventListener(type, fill);
  if (typeof requestIdleCallback === "function") requestIdleCallback(fill, {timeout: 1000});
  else setTimeout(fill, 300);
  return node;
}

function bodyOption({body, body_zh}: NamedBody): HTMLOptionElement {
  const node = element("option", "", body_zh) as HTMLOptionElement;
  node.value = body;
  return node;
}
