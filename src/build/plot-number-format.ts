import {readFile} from "node:fs/promises";
import type {Plugin} from "esbuild";

// Plot's default format (text marks, titles, tips) makes its Intl.NumberFormat when Plot is loaded. The first Intl
// object of a page costs 15–25 ms of ICU set-up in a fresh browser process, and no chart of the site formats a number
// through it before its first chart is on screen: the number format is made when a number first needs it.
const EAGER = `  const number = formatNumber(locale);
  return (v) => (v instanceof Date ? formatIsoDate : typeof v === "number" ? number : string)(v);`;
const LAZY = `  let number;
  return (v) => (v instanceof Date ? formatIsoDate : typeof v === "number" ? (number ??= formatNumber(locale)) : string)(v);`;

/** Plot's `format.js` with the default number format made when first used; throws when it does not read as expected. */
export function numberFormatWhenUsed(source: string, path: string): string {
  if (!source.includes(EAGER))
    throw new Error(`${path}: not the formatAuto this build expects (see ${import.meta.url})`);
  return source.replace(EAGER, LAZY);
}

/**
 * An esbuild plugin that bundles Plot with its default number format made when
 * first used, not when Plot is loaded. A Plot whose `format.js` no longer reads
 * as expected stops the build, rather than being bundled unchanged unnoticed.
 */
export const plotNumberFormatWhenUsed: Plugin = {
  name: "plot-number-format-when-used",
  setup(build) {
    build.onLoad({filter: /[\\/]@observablehq[\\/]plot[\\/]src[\\/]format\.js$/}, async ({path}) => ({
      contents: numberFormatWhenUsed(await readFile(path, "utf8"), path),
      loader: "js",
    }));
  },
};
