/**
 * The built-in chain's signature-verification pool in the browser (issue 19): Web Workers running
 * verify.worker.ts (module workers, started from the chain's own Web Worker), one per core the browser
 * reports (navigator.hardwareConcurrency, 2 when it does not say), behind the platform-neutral thread pool
 * (src/pallets-mock/primitives/signature-pool.ts) — the Web Worker counterpart of chain/verify-pool.ts.
 */
import {
  createThreadPool,
  type VerifyAnswer,
  type VerifyPool,
  type VerifyThread,
} from '../pallets-mock/primitives/signature-pool.js';

/** One Web Worker behind the pool's VerifyThread interface. */
function webThread(index: number): VerifyThread {
  const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), {
    type: 'module',
    name: `pha-stake signature verifier ${index}`,
  });
  return {
    post: (request) => worker.postMessage(request, [request.buf]),
    listen(onAnswer, onFailure) {
      worker.addEventListener('message', (e: MessageEvent<VerifyAnswer>) => onAnswer(e.data));
      worker.addEventListener('error', (e) => onFailure(new Error(`verify worker failed: ${e.message}`)));
      worker.addEventListener('messageerror', () => onFailure(new Error('verify worker message error')));
    },
    terminate: () => {
      worker.terminate();
      return undefined;
    },
  };
}

/** Starts `threads` verification Web Workers. */
export function createWebVerifyPool(threads = globalThis.navigator?.hardwareConcurrency || 2): VerifyPool {
  let index = 0;
  return createThreadPool(() => webThread(index++), threads);
}
