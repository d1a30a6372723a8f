/**
 * One signing thread of the benches' shared signer (shared-signer.ts): loads the WASM sr25519, takes
 * its SharedArrayBuffer in the first message, says ready, then signs each posted batch in turn (half
 * n % 2 for batch n), writing the signatures into the batch's signature half and counting it signed,
 * until told to stop. It blocks in Atomics.wait between batches.
 */
import { parentPort } from 'node:worker_threads';
import { signSr25519 } from '../../src/pallets-mock/offchain/signer.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { POSTED, RECORD_HEAD, regions, SIGNED, STOP } from './shared-signer.js';

const port = parentPort;
if (!port) throw new Error('signing-thread.ts runs as a worker thread');
await cryptoReady();

function serve(sab: SharedArrayBuffer): void {
  const { control, request, signatures } = regions(sab);
  const halves = [request(0), request(1)] as const;
  const out = [signatures(0), signatures(1)] as const;
  for (let batch = 0; ; batch++) {
    while (Atomics.load(control, POSTED) <= batch) {
      if (Atomics.load(control, STOP)) return;
      Atomics.wait(control, POSTED, batch);
    }
    const req = halves[batch % 2] as Uint8Array;
    const sigs = out[batch % 2] as Uint8Array;
    const view = new DataView(req.buffer, req.byteOffset, req.byteLength);
    const count = view.getUint32(0, true);
    let at = 4;
    for (let i = 0; i < count; i++) {
      const len = view.getUint32(at, true);
      const pair = { publicKey: req.slice(at + 4, at + 36), secretKey: req.slice(at + 36, at + RECORD_HEAD) };
      sigs.set(signSr25519(req.slice(at + RECORD_HEAD, at + RECORD_HEAD + len), pair), i * 64);
      at += RECORD_HEAD + len;
    }
    Atomics.store(control, SIGNED, batch + 1);
    Atomics.notify(control, SIGNED);
  }
}

port.once('message', (sab: SharedArrayBuffer) => {
  port.postMessage('ready');
  serve(sab);
});
