import {workerData, type MessagePort} from "node:worker_threads";
import {indexCatalogue} from "../extract/catalogue-index.ts";
import {InputError} from "../extract/input-error.ts";
import type {Metric} from "../model/catalogue.ts";
import {packExtractions, type PackedExtractions} from "./extraction-wire.ts";
import {extractFile} from "./extract-file.ts";
import type {ReportFile} from "./reports.ts";

/** What a worker of the extraction pool is given (see `extract-pool.ts`). */
export interface PoolData {
  files: ReportFile[];
  metrics: Metric[];
  kinds: [string, string][];
  /** Reports per piece of work. */
  chunk: number;
  /** [next piece to take, pieces the workers have sent] */
  shared: Int32Array;
  port: MessagePort;
}

/** One piece's extractions, or why it failed: a bad file's line (`input`), or any other error as thrown. */
export type ChunkResult = {chunk: number; packed: PackedExtractions} | {chunk: number; input?: string; error?: unknown};

const {files, metrics, kinds, chunk: size, shared, port} = workerData as PoolData;
const catalogue = indexCatalogue(metrics);
const kindOf = new Map(kinds);
const chunks = Math.ceil(files.length / size);
for (let chunk = Atomics.add(shared, 0, 1); chunk < chunks; chunk = Atomics.add(shared, 0, 1)) {
  let result: ChunkResult;
  try {
    const extractions = files
      .slice(chunk * size, (chunk + 1) * size)
      .map((file) => extractFile(file, catalogue, kindOf.get(file.body)));
    result = {chunk, packed: packExtractions(extractions)};
  } catch (error) {
    result = error instanceof InputError ? {chunk, input: error.message} : {chunk, error};
  }
  const moved =
    "packed" in result ? [result.packed.counts.buffer, result.packed.ints.buffer, result.packed.floats.buffer] : [];
  port.postMessage(result, moved);
  Atomics.add(shared, 1, 1);
  Atomics.notify(shared, 1);
}
port.close();
