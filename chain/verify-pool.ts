/**
 * The Node SignatureBatchVerifier (issue 19): N worker_threads (default os.availableParallelism()), each
 * running verify-worker.ts with @polkadot/wasm-crypto. A batch is split into one contiguous chunk per
 * worker, each chunk posted as one transferred buffer; the verdicts come back in order. Ecdsa items go
 * through the same workers (util-crypto's JS there). The workers are unref'd: an idle pool does not keep
 * the process alive. The worker loads its TypeScript through tsx's loader (tsImport), so it runs the same
 * under the node, the benches and vitest.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  encodeBatch,
  type SignatureBatchVerifier,
  type VerifyItem,
} from '../src/pallets-mock/primitives/signature-batch.js';

/** The worker's entry: verify-worker.ts through tsx's loader (the same one the node and benches run on). */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const WORKER_BOOT = `import(${JSON.stringify(TSX_API)})
  .then((tsx) => tsx.tsImport(${JSON.stringify(new URL('./verify-worker.ts', import.meta.url).href)}, ${JSON.stringify(TSX_API)}))
  .catch((err) => { throw err; });`;

interface Pending {
  resolve: (out: Uint8Array) => void;
  reject: (err: Error) => void;
}

class PoolThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  readonly ready: Promise<void>;
  inFlight = 0;

  constructor() {
    this.worker = new Worker(WORKER_BOOT, { eval: true });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.on('message', (m: { ready?: true; id?: number; out?: Uint8Array }) => {
        if (m.ready) return resolve();
        const p = this.pending.get(m.id as number);
        if (!p) return;
        this.pending.delete(m.id as number);
        this.inFlight--;
        p.resolve(m.out as Uint8Array);
      });
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`verify worker exited (${code})`)));
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.inFlight = 0;
  }

  run(items: readonly VerifyItem[]): Promise<Uint8Array> {
    const buf = encodeBatch(items);
    const id = this.nextId++;
    this.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, buf }, [buf]);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Splits `items` into at most `parts` contiguous chunks of near-equal size (none empty). */
function chunk<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(parts, items.length));
  const out: T[][] = [];
  for (let i = 0; i < n; i++)
    out.push(items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n)));
  return out;
}

export interface VerifyPool extends SignatureBatchVerifier {
  /** Resolves once every worker has loaded its WASM. */
  readonly ready: Promise<void>;
}

/** Starts `threads` verification workers. */
export function createVerifyPool(threads = availableParallelism()): VerifyPool {
  const workers = Array.from({ length: Math.max(1, threads) }, () => new PoolThread());
  let started = false;
  const ready = Promise.all(workers.map((w) => w.ready)).then(() => {
    started = true;
  });
  const post = async (items: readonly VerifyItem[]): Promise<boolean[]> => {
    // Least-busy workers first, so concurrent batches spread over the threads.
    const order = [...workers].sort((a, b) => a.inFlight - b.inFlight);
    const parts = chunk(items, order.length);
    const outs = await Promise.all(parts.map((part, i) => (order[i] as PoolThread).run(part)));
    const verdicts: boolean[] = [];
    for (const out of outs) for (const b of out) verdicts.push(b === 1);
    return verdicts;
  };
  return {
    threads: workers.length,
    ready,
    // Once the workers are up, a batch is posted before `verify` returns: a caller that goes on with
    // synchronous work (the relayer feeding the next pRuntimes) has it verified meanwhile.
    verify(items) {
      if (!items.length) return Promise.resolve([]);
      return started ? post(items) : ready.then(() => post(items));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
