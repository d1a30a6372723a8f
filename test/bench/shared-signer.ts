/**
 * The benches' signing threads for pipelined relaying (compute-network.ts `stepPipelined`): the sr25519
 * signatures a network's pRuntimes and Gatekeeper make on their own machines, made on worker_threads
 * (signing-thread.ts) beside the chain's thread. Requests and signatures travel through shared memory,
 * not messages: a network of 100 workers relays about one message per block, and a postMessage round
 * trip per block cost the chain's thread more than signing it there. Each thread has one
 * SharedArrayBuffer: a control word array (batches posted, batches signed, stop), two request halves used
 * in turn (a thread's batch n in half n % 2: [count u32][len u32, public key 32, secret key 64,
 * payload]…) and two signature halves (64 bytes per job). Posting batch n on a thread first waits until
 * its batch n − 2 is signed and completes that batch's jobs (if `wait()` has not), so a half is never
 * overwritten while in use. `sign(jobs)` hands the jobs round-robin to the threads at once and returns
 * `wait()`, which blocks (Atomics.wait) until they are signed, then completes them. The signatures are
 * the threads' real sr25519 signatures (the chain verifies them, or the fast-forward ledger records them).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../chain/ts-worker.js';
import type { SigningJob } from '../../src/pallets-mock/offchain/signer.js';

/** Control words: batches posted, batches signed, stop. */
export const POSTED = 0;
export const SIGNED = 1;
export const STOP = 2;
const CONTROL_BYTES = 16;
/** One request half: a batch's records. */
export const REQUEST_HALF = 2 << 20;
/** One signature half: up to this many jobs per batch and thread. */
export const SIGNATURE_SLOTS = 8192;
const SIGNATURE_HALF = SIGNATURE_SLOTS * 64;
/** A request record's head: payload length (u32), public key, secret key; the payload follows. */
export const RECORD_HEAD = 4 + 32 + 64;

/** The regions of a signing thread's shared buffer, as both sides view them. */
export function regions(sab: SharedArrayBuffer) {
  return {
    control: new Int32Array(sab, 0, CONTROL_BYTES / 4),
    request: (half: number) => new Uint8Array(sab, CONTROL_BYTES + half * REQUEST_HALF, REQUEST_HALF),
    signatures: (half: number) =>
      new Uint8Array(sab, CONTROL_BYTES + 2 * REQUEST_HALF + half * SIGNATURE_HALF, SIGNATURE_HALF),
  };
}

const sharedBytes = CONTROL_BYTES + 2 * REQUEST_HALF + 2 * SIGNATURE_HALF;

export interface SharedSigner {
  readonly threads: number;
  /** Resolves once every thread has loaded its WASM. */
  readonly ready: Promise<void>;
  /** Hands `jobs` to the threads at once; the returned `wait()` blocks until they are signed and completes them. */
  sign(jobs: SigningJob[]): () => void;
  close(): Promise<void>;
}

interface Batch {
  batch: number;
  jobs: SigningJob[];
}

interface Thread {
  worker: Worker;
  control: Int32Array;
  request: [Uint8Array, Uint8Array];
  signatures: [Uint8Array, Uint8Array];
  /** Batches posted so far. */
  posted: number;
  /** Per half, the batch in it whose signatures are not yet taken, and its jobs. */
  uncollected: [Batch | null, Batch | null];
}

/** Blocks until `thread` has signed at least `batches` batches. */
function waitSigned(thread: Thread, batches: number): void {
  for (;;) {
    const signed = Atomics.load(thread.control, SIGNED);
    if (signed >= batches) return;
    Atomics.wait(thread.control, SIGNED, signed);
  }
}

/** Completes the jobs of `thread`'s batch `batch` with its signatures, once signed (at most once). */
function collect(thread: Thread, batch: number): void {
  const half = batch % 2;
  const held = thread.uncollected[half];
  if (held?.batch !== batch) return;
  waitSigned(thread, batch + 1);
  thread.uncollected[half] = null;
  const { jobs } = held;
  const sigs = thread.signatures[half] as Uint8Array;
  for (const [i, job] of jobs.entries()) job.complete(sigs.slice(i * 64, i * 64 + 64));
}

/** Writes `jobs` as `thread`'s next batch and wakes it; returns the batch's number. */
function post(thread: Thread, jobs: SigningJob[]): number {
  const batch = thread.posted;
  const half = (batch % 2) as 0 | 1;
  if (batch >= 2) collect(thread, batch - 2);
  if (jobs.length > SIGNATURE_SLOTS) throw new Error(`a signing batch holds at most ${SIGNATURE_SLOTS} jobs`);
  const out = thread.request[half];
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(0, jobs.length, true);
  let at = 4;
  for (const { payload, key } of jobs) {
    if (at + RECORD_HEAD + payload.length > REQUEST_HALF) throw new Error('a signing batch is over its half');
    view.setUint32(at, payload.length, true);
    out.set(key.publicKey, at + 4);
    out.set(key.secretKey, at + 36);
    out.set(payload, at + RECORD_HEAD);
    at += RECORD_HEAD + payload.length;
  }
  thread.uncollected[half] = { batch, jobs };
  thread.posted = batch + 1;
  Atomics.store(thread.control, POSTED, thread.posted);
  Atomics.notify(thread.control, POSTED);
  return batch;
}

function thread(): { thread: Thread; ready: Promise<void> } {
  const sab = new SharedArrayBuffer(sharedBytes);
  const r = regions(sab);
  const worker = startTsWorker(new URL('./signing-thread.ts', import.meta.url));
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.postMessage(sab);
  return {
    thread: {
      worker,
      control: r.control,
      request: [r.request(0), r.request(1)],
      signatures: [r.signatures(0), r.signatures(1)],
      posted: 0,
      uncollected: [null, null],
    },
    ready,
  };
}

/** Starts `threads` signing threads. */
export function createSharedSigner(threads = availableParallelism()): SharedSigner {
  const started = Array.from({ length: Math.max(1, threads) }, thread);
  const all = started.map((s) => s.thread);
  // The thread the next batch's first job goes to: one-job batches take turns.
  let first = 0;
  return {
    threads: all.length,
    ready: Promise.all(started.map((s) => s.ready)).then(() => undefined),
    sign(jobs) {
      const parts = all.map((): SigningJob[] => []);
      for (const [i, job] of jobs.entries()) parts[(first + i) % all.length]?.push(job);
      first = (first + jobs.length) % all.length;
      const posted = parts.flatMap((part, t) => {
        const th = all[t] as Thread;
        return part.length ? [{ th, batch: post(th, part) }] : [];
      });
      return () => {
        for (const { th, batch } of posted) collect(th, batch);
      };
    },
    async close() {
      for (const th of all) {
        Atomics.store(th.control, STOP, 1);
        Atomics.notify(th.control, POSTED);
      }
      await Promise.all(all.map((th) => th.worker.terminate()));
    },
  };
}
