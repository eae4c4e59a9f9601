/**
 * Orders strings by their UTF-16 code units, the order `Array.prototype.sort`
 * uses with no comparator. `localeCompare` would follow the locale of the
 * machine (under `da_DK`, `aa` sorts after `z`), so the same reports would
 * give differently ordered tables on two machines; every order that reaches
 * a published file goes through this instead.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
