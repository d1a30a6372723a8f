/**
 * The scale bench's off-chain threads: the work of many pRuntimes and of the simulated IAS, which on a
 * real network runs on their own machines, done on worker_threads (offchain-worker.ts) beside the chain's
 * thread — each pRuntime's identity and ECDH keys, and its `register_worker_v2` arguments with the IAS
 * report signed. The bytes are the ones the same pRuntimes and service make in the chain's thread; the
 * chain still checks every attestation. A request's workers are split into one contiguous part per
 * thread; the answers come back in order.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../chain/ts-worker.js';
import type { IasAttestation } from '../../src/pallets-mock/offchain/attestation-service.js';
import type { PRuntimeKeys, PRuntimeOptions } from '../../src/pallets-mock/offchain/pruntime.js';
import type { WorkerRegistrationInfoV2Value } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { chunk } from '../../src/pallets-mock/primitives/signature-pool.js';

/** `register_worker_v2`'s arguments. */
export type Registration = { pruntime_info: WorkerRegistrationInfoV2Value; attestation: IasAttestation };

export type OffchainRequest =
  | { id: number; kind: 'keys'; workers: PRuntimeOptions[] }
  | { id: number; kind: 'registrations'; workers: PRuntimeOptions[]; nowSec: bigint };
export type OffchainAnswer = { id: number; out: PRuntimeKeys[] | Registration[] };

export interface OffchainPool {
  /** Resolves once every thread has loaded its WASM. */
  readonly ready: Promise<void>;
  /** The keys of pRuntimes with these options (`pruntimeKeys`), in order. */
  keys(workers: PRuntimeOptions[]): Promise<PRuntimeKeys[]>;
  /** `register_worker_v2` arguments of pRuntimes with these options (keys included) at `nowSec`, in order. */
  registrations(workers: PRuntimeOptions[], nowSec: bigint): Promise<Registration[]>;
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (out: unknown[]) => void; reject: (err: Error) => void }>;
}

function thread(): Thread {
  const worker = startTsWorker(new URL('./offchain-worker.ts', import.meta.url));
  const pending: Thread['pending'] = new Map();
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { ready: true } | OffchainAnswer) => {
      if ('ready' in m) return resolve();
      pending.get(m.id)?.resolve(m.out);
      pending.delete(m.id);
    });
    const fail = (err: Error) => {
      reject(err);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`off-chain worker exited (${code})`)));
  });
  return { worker, ready, pending };
}

/** Starts `threads` off-chain threads. */
export function createOffchainPool(threads = availableParallelism()): OffchainPool {
  const all = Array.from({ length: Math.max(1, threads) }, thread);
  let nextId = 0;
  const run = async <T>(
    request: (id: number, part: PRuntimeOptions[]) => OffchainRequest,
    workers: PRuntimeOptions[],
  ) => {
    const parts = chunk(workers, all.length);
    const outs = await Promise.all(
      parts.map(
        (part, i) =>
          new Promise<unknown[]>((resolve, reject) => {
            const t = all[i] as Thread;
            const id = nextId++;
            t.pending.set(id, { resolve, reject });
            t.worker.postMessage(request(id, part));
          }),
      ),
    );
    return outs.flat() as T[];
  };
  return {
    ready: Promise.all(all.map((t) => t.ready)).then(() => undefined),
    keys: (workers) => run<PRuntimeKeys>((id, part) => ({ id, kind: 'keys', workers: part }), workers),
    registrations: (workers, nowSec) =>
      run<Registration>((id, part) => ({ id, kind: 'registrations', workers: part, nowSec }), workers),
    async close() {
      await Promise.all(all.map((t) => t.worker.terminate()));
    },
  };
}
