// htl 0.3 ships no types; the library re-exports only its tagged template.
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): Node;
}
