/**
 * The Node signature-verification pool (issue 19): N worker_threads (default os.availableParallelism()),
 * each running verify-worker.ts with @polkadot/wasm-crypto, behind the platform-neutral thread pool
 * (src/pallets-mock/primitives/signature-pool.ts: batches split over the threads, verdicts in order).
 * Ecdsa items go through the same workers (util-crypto's JS there). The workers are unref'd: an idle pool
 * does not keep the process alive. The worker loads its TypeScript through tsx's loader (tsImport), so it
 * runs the same under the node, the benches and vitest.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  createThreadPool,
  type VerifyAnswer,
  type VerifyPool,
  type VerifyThread,
} from '../src/pallets-mock/primitives/signature-pool.js';

export type { VerifyPool } from '../src/pallets-mock/primitives/signature-pool.js';

/** The worker's entry: verify-worker.ts through tsx's loader (the same one the node and benches run on). */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const WORKER_BOOT = `import(${JSON.stringify(TSX_API)})
  .then((tsx) => tsx.tsImport(${JSON.stringify(new URL('./verify-worker.ts', import.meta.url).href)}, ${JSON.stringify(TSX_API)}))
  .catch((err) => { throw err; });`;

/** One worker thread behind the pool's VerifyThread interface. */
function nodeThread(): VerifyThread {
  const worker = new Worker(WORKER_BOOT, { eval: true });
  worker.unref();
  return {
    post: (request) => worker.postMessage(request, [request.buf]),
    listen(onAnswer, onFailure) {
      worker.on('message', (m: VerifyAnswer) => onAnswer(m));
      worker.on('error', onFailure);
      worker.on('exit', (code) => onFailure(new Error(`verify worker exited (${code})`)));
    },
    terminate: () => worker.terminate(),
  };
}

/** Starts `threads` verification workers. */
export function createVerifyPool(threads = availableParallelism()): VerifyPool {
  return createThreadPool(nodeThread, threads);
}
