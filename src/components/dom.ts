/** An element with a class and children. Children go in as text nodes or nodes: report text is never parsed as HTML. */
export function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Sets an element's value and tells Framework's `view()` it changed. */
export function setValue(node: HTMLElement & {value?: unknown}, value: unknown): void {
  node.value = value;
  node.dispatchEvent(new Event("input", {bubbles: true}));
}
