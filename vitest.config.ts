import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*-test.ts"],
          exclude: ["test/browser/**"],
          globalSetup: ["test/temp-folder-setup.ts"],
          // The command-line tests start fazhi several times each, beside the browser tests' builds: seconds each on two cores.
          testTimeout: 30_000,
        },
      },
      {
        // One build of the site, one Chromium per file, files one after another: the machine has two cores.
        test: {
          name: "browser",
          include: ["test/browser/**/*-test.ts"],
          globalSetup: ["test/temp-folder-setup.ts", "test/browser/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page settles when DuckDB-WASM has answered: seconds, not the default second.
          expect: {poll: {timeout: 15_000}},
        },
      },
    ],
  },
});
