import {availableParallelism} from "node:os";
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from "node:worker_threads";
import {indexCatalogue} from "../extract/catalogue-index.ts";
import {InputError} from "../extract/input-error.ts";
import type {Metric} from "../model/catalogue.ts";
import type {Extraction} from "../model/extraction.ts";
import {unpackExtractions} from "./extraction-wire.ts";
import type {ChunkResult, PoolData} from "./extract-worker.ts";
import {extractFile} from "./extract-file.ts";
import type {ReportFile} from "./reports.ts";

/** Reports per piece of work: small enough that the threads finish together, large enough that messages are few. */
export const CHUNK = 32;
/** Fewer reports than this are read on one thread: a worker takes about half a second to load the extractor. */
const MIN_REPORTS = 500;
/** How long the main thread waits for a piece a worker took before reading it itself (a worker that died). */
const STALL_MS = 60_000;

/**
 * How many threads read `files`: every core for a corpus large enough to gain from it, else one;
 * `FAZHI_THREADS` sets the number (1 reads on the main thread alone).
 */
export function extractionThreads(files: readonly ReportFile[]): number {
  const asked = process.env.FAZHI_THREADS;
  if (asked !== undefined && asked !== "") {
    if (!/^[1-9][0-9]{0,3}$/.test(asked.trim())) {
      throw new InputError(`环境变量 FAZHI_THREADS 应为读取报告的线程数（1–9999 的整数），而不是“${asked}”`);
    }
    return Number(asked.trim());
  }
  return files.length >= MIN_REPORTS ? availableParallelism() : 1;
}

/**
 * Extracts `files` on `threads` threads: the main thread and `threads - 1` workers take pieces of `CHUNK` reports in
 * turn from one shared counter, the workers send theirs back packed (`extraction-wire.ts`), and the result is in the
 * order of `files`, equal to one thread's. The main thread reads too, rather than only receiving: on two cores the
 * unpacking is a fifth of the reading, and a third thread would contend for a core. Synchronous, as the loaders are:
 * the workers' messages are taken with `receiveMessageOnPort`. A bad file is an error naming it, the first in the
 * order of `files`, as on one thread. `mainReads: false` leaves every piece to the workers (the tests' way to be sure
 * the workers' path is taken).
 */
export function extractInPool(
  files: readonly ReportFile[],
  metrics: readonly Metric[],
  kinds: ReadonlyMap<string, string>,
  threads: number,
  {mainReads = true}: {mainReads?: boolean} = {},
): Extraction[] {
  const chunks = Math.ceil(files.length / CHUNK);
  // [next piece to take, pieces the workers have sent]
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const results: (Extraction[] | undefined)[] = new Array(chunks);
  let failed: {chunk: number; error: unknown} | undefined;
  const fail = (chunk: number, error: unknown) => {
    if (failed && failed.chunk < chunk) return;
    failed = {chunk, error};
    // Every piece before this one has been taken already (they are taken in order): no further piece is needed.
    Atomics.store(shared, 0, chunks);
  };
  const workers = startWorkers(threads - 1, {
    files: [...files],
    metrics: [...metrics],
    kinds: [...kinds],
    chunk: CHUNK,
    shared,
  });
  const receive = () => {
    for (const {port} of workers) {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const result = m.message as ChunkResult;
        if ("packed" in result) results[result.chunk] ??= unpackExtractions(result.packed);
        else fail(result.chunk, result.input !== undefined ? new InputError(result.input) : result.error);
      }
    }
  };
  const catalogue = indexCatalogue(metrics);
  const extractChunk = (chunk: number) => {
    try {
      results[chunk] ??= files
        .slice(chunk * CHUNK, (chunk + 1) * CHUNK)
        .map((file) => extractFile(file, catalogue, kinds.get(file.body)));
    } catch (error) {
      fail(chunk, error);
    }
  };
  try {
    // With no worker the main thread reads whatever it was asked.
    while (mainReads || workers.length === 0) {
      const chunk = Atomics.add(shared, 0, 1);
      if (chunk >= chunks) break;
      extractChunk(chunk);
      receive();
    }
    // The pieces the workers took and have not sent yet.
    let waitedSince = performance.now();
    for (let missing = firstMissing(results, failed); missing >= 0; missing = firstMissing(results, failed)) {
      const sent = Atomics.load(shared, 1);
      receive();
      if (results[missing] !== undefined || (failed && failed.chunk <= missing)) {
        waitedSince = performance.now();
        continue;
      }
      Atomics.wait(shared, 1, sent, 100);
      if (performance.now() - waitedSince > STALL_MS) {
        extractChunk(missing);
        waitedSince = performance.now();
      }
    }
  } finally {
    for (const {worker} of workers) void worker.terminate();
  }
  if (failed) throw failed.error;
  return results.flatMap((chunk) => chunk!);
}

/** The first piece without its result, before the one that failed; -1 when none is missing. */
function firstMissing(results: readonly (Extraction[] | undefined)[], failed: {chunk: number} | undefined): number {
  const end = failed ? failed.chunk : results.length;
  for (let i = 0; i < end; i++) if (results[i] === undefined) return i;
  return -1;
}

/**
 * tsx's loader, by its full address, and the worker's module: a worker thread starts without the main thread's
 * loaders, so it registers tsx itself before importing the TypeScript module.
 */
const TSX_API = import.meta.resolve("tsx/esm/api");
const ENTRY = new URL("./extract-worker.ts", import.meta.url).href;
const BOOT = `const {workerData} = require("node:worker_threads");
import(workerData.tsx).then(({register}) => { register(); return import(workerData.entry); });`;

function startWorkers(count: number, data: Omit<PoolData, "port">): {worker: Worker; port: MessagePort}[] {
  return Array.from({length: count}, () => {
    const {port1, port2} = new MessageChannel();
    const workerData = {...data, port: port2, tsx: TSX_API, entry: ENTRY};
    const worker = new Worker(BOOT, {eval: true, workerData, transferList: [port2]});
    // A worker that failed to start leaves its pieces to the main thread; its error is not the build's.
    worker.on("error", () => {});
    worker.unref();
    return {worker, port: port1};
  });
}
