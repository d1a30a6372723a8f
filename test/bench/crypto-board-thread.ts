/**
 * One worker thread of the benches' crypto board (crypto-board.ts): loads the WASM sr25519, takes the
 * board's SharedArrayBuffer in its first message, says ready, then claims and runs the board's jobs
 * until told to stop, sleeping (Atomics.wait) while there are none.
 */
import { parentPort } from 'node:worker_threads';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { boardViews, serveBoard } from './crypto-board.js';

const port = parentPort;
if (!port) throw new Error('crypto-board-thread.ts runs as a worker thread');
await cryptoReady();

port.once('message', (sab: SharedArrayBuffer) => {
  port.postMessage('ready');
  serveBoard(boardViews(sab));
});
