/**
 * One thread of the Node signature-verification pool (verify-pool.ts): loads @polkadot/wasm-crypto, then
 * answers each `{ id, buf }` batch (signature-batch.ts wire format) with `{ id, out }`, one byte per item,
 * the result buffer transferred back.
 */
import { parentPort } from 'node:worker_threads';
import { cryptoReady } from '../src/pallets-mock/primitives/signature.js';
import { verifyEncodedBatch } from '../src/pallets-mock/primitives/signature-batch.js';

const port = parentPort;
if (!port) throw new Error('verify-worker.ts runs as a worker thread');
await cryptoReady();
port.on('message', (m: { id: number; buf: ArrayBuffer }) => {
  const out = verifyEncodedBatch(m.buf);
  port.postMessage({ id: m.id, out }, [out.buffer as ArrayBuffer]);
});
port.postMessage({ ready: true });
