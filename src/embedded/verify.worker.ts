/**
 * One Web Worker of the built-in chain's signature-verification pool (verify-pool.ts): loads
 * @polkadot/wasm-crypto, then answers each `{ id, buf }` batch (signature-batch.ts wire format) with
 * `{ id, out }`, one byte per item, the result buffer transferred back — as chain/verify-worker.ts does
 * on Node's worker_threads.
 */
import { cryptoReady } from '../pallets-mock/primitives/signature.js';
import { verifyEncodedBatch } from '../pallets-mock/primitives/signature-batch.js';
import type { VerifyAnswer, VerifyRequest } from '../pallets-mock/primitives/signature-pool.js';

interface WorkerScope {
  postMessage(message: VerifyAnswer, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<VerifyRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
await cryptoReady();
scope.addEventListener('message', ({ data }) => {
  const out = verifyEncodedBatch(data.buf);
  scope.postMessage({ id: data.id, out }, [out.buffer as ArrayBuffer]);
});
scope.postMessage({ ready: true });
