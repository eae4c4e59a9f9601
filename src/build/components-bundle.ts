import {copyFile} from "node:fs/promises";
import {createRequire} from "node:module";
import * as esbuild from "esbuild";
import {plotNumberFormatWhenUsed} from "./plot-number-format.ts";

/** Where pages import the component library from: `import {…} from "/_fazhi/components.js"`. */
export const COMPONENTS_MODULE = "_fazhi/components.js";

/** 报告审核's own module, a small part of the library: `import {…} from "/_fazhi/review.js"`. */
export const REVIEW_MODULE = "_fazhi/review.js";

/** The whole of d3, for pages that want it: `import * as d3 from "/_fazhi/d3.js"`. */
export const D3_MODULE = "_fazhi/d3.js";

/**
 * Framework imports only files inside its source root, and bundles packages
 * from node_modules only when they are JavaScript, so the TypeScript
 * component library in `src/components/` is compiled into the root as one
 * module, with Plot, d3 and flechette inside it: served by Framework, Plot's
 * d3 alone would be some thirty modules to fetch before the first chart.
 * Pages take Plot from the library, and d3 whole from its own module
 * (`D3_MODULE`), which only a page that imports it loads. DuckDB-WASM stays a separate
 * module, loaded only when a page starts it; Inputs and htl stay bare too,
 * for pages to share with Framework's own use.
 */
export function componentsBuildOptions(
  root: string,
  entry = "src/components/index.ts",
  module = COMPONENTS_MODULE,
): esbuild.BuildOptions {
  return {
    entryPoints: [entry],
    outfile: `${root}/${module}`,
    bundle: true,
    external: ["@duckdb/duckdb-wasm", "@observablehq/inputs", "htl"],
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
    plugins: [plotNumberFormatWhenUsed],
  };
}

/** The options for 报告审核's module: a page whose first rows would otherwise wait for the whole library to load. */
export function reviewBuildOptions(root: string): esbuild.BuildOptions {
  return componentsBuildOptions(root, "src/components/review-module.ts", REVIEW_MODULE);
}

/** The options for the whole of d3 as one module. */
export function d3BuildOptions(root: string): esbuild.BuildOptions {
  return componentsBuildOptions(root, "src/components/d3-module.ts", D3_MODULE);
}

/** Writes the component library, and the Inputs stylesheet (which Framework adds only for its own `npm:` Inputs), into the source root. */
export async function bundleComponents(root: string): Promise<void> {
  // Together: esbuild's one service builds them at once, a third of a second less on every build.
  await Promise.all([componentsBuildOptions, reviewBuildOptions, d3BuildOptions].map((o) => esbuild.build(o(root))));
  await copyFile(
    createRequire(import.meta.url).resolve("@observablehq/inputs/dist/index.css"),
    `${root}/_fazhi/inputs.css`,
  );
}

/** Rebuilds the modules on every change under `src/`, for the preview server. */
export async function watchComponents(root: string): Promise<{dispose: () => Promise<void>}> {
  const contexts = await Promise.all([
    esbuild.context(componentsBuildOptions(root)),
    esbuild.context(reviewBuildOptions(root)),
    esbuild.context(d3BuildOptions(root)),
  ]);
  await Promise.all(contexts.map((context) => context.watch()));
  return {dispose: async () => void (await Promise.all(contexts.map((context) => context.dispose())))};
}
