#!/usr/bin/env node
// Node 20 cannot run TypeScript by itself; tsx compiles the sources as they load.
import {fileURLToPath} from "node:url";
import {register} from "tsx/esm/api";

register();
const args = process.argv.slice(2);
const {needsLargerHeap, rerunWithLargerHeap} = await import("../src/cli/heap-limit.ts");
if (needsLargerHeap(args[0])) {
  // A build of many reports needs more memory than Node allows by default (see heap-limit.ts).
  process.exitCode = await rerunWithLargerHeap(fileURLToPath(import.meta.url), args);
} else {
  const {main} = await import("../src/cli/main.ts");
  process.exitCode = await main(args);
}
