/**
 * The Node signature-verification pool (issue 19): N worker_threads (default os.availableParallelism()),
 * each running verify-worker.ts with @polkadot/wasm-crypto, behind the platform-neutral thread pool
 * (src/pallets-mock/primitives/signature-pool.ts: batches split over the threads, verdicts in order).
 * Ecdsa items go through the same workers (util-crypto's JS there). The workers are unref'd: an idle pool
 * does not keep the process alive. The worker loads its TypeScript through tsx's loader (ts-worker.ts), so
 * it runs the same under the node, the benches and vitest.
 */
import { availableParallelism } from 'node:os';
import {
  createThreadPool,
  type VerifyAnswer,
  type VerifyPool,
  type VerifyThread,
} from '../src/pallets-mock/primitives/signature-pool.js';
import { startTsWorker } from './ts-worker.js';

export type { VerifyPool } from '../src/pallets-mock/primitives/signature-pool.js';

/** One worker thread behind the pool's VerifyThread interface. */
function nodeThread(): VerifyThread {
  const worker = startTsWorker(new URL('./verify-worker.ts', import.meta.url));
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
