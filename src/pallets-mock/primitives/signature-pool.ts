/**
 * A SignatureBatchVerifier over a pool of threads (issue 19), platform-neutral: the threads are whatever
 * `spawn` starts behind the `VerifyThread` interface — Node worker_threads (chain/verify-pool.ts) or the
 * browser's Web Workers (src/embedded/verify-pool.ts) — each answering `encodeBatch` buffers with
 * `verifyEncodedBatch` (signature-batch.ts) once it has loaded the WASM verifier. A batch is split into
 * one contiguous chunk per thread, least busy threads first, each chunk posted as one transferred buffer;
 * the verdicts come back in order. A thread that fails or exits rejects what it had in flight (the chain
 * then verifies those inline).
 */
import { encodeBatch, type SignatureBatchVerifier, type VerifyItem } from './signature-batch.js';

/** A batch for a thread: `buf` is an `encodeBatch` buffer, transferred. */
export interface VerifyRequest {
  id: number;
  buf: ArrayBuffer;
}

/** What a thread posts: once `ready` (its WASM loaded), then one answer per request (a byte per item). */
export type VerifyAnswer = { ready: true } | { id: number; out: Uint8Array };

/** One verification thread as the pool sees it. */
export interface VerifyThread {
  post(request: VerifyRequest): void;
  /** Registers the handlers of the thread's messages and of its failure (load error, crash, exit). */
  listen(onAnswer: (answer: VerifyAnswer) => void, onFailure: (err: Error) => void): void;
  terminate(): Promise<unknown> | undefined;
}

export interface VerifyPool extends SignatureBatchVerifier {
  /** Resolves once every thread has loaded its WASM. */
  readonly ready: Promise<void>;
  /** Items the threads have verified so far (tests and benches: proof that the threads did the work). */
  readonly verified: number;
}

interface Pending {
  resolve: (out: Uint8Array) => void;
  reject: (err: Error) => void;
}

class PooledThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  readonly ready: Promise<void>;
  inFlight = 0;

  constructor(
    private readonly thread: VerifyThread,
    private readonly answered: (items: number) => void,
  ) {
    let loaded = false;
    this.ready = new Promise((resolve, reject) => {
      thread.listen(
        (m) => {
          if ('ready' in m) {
            loaded = true;
            return resolve();
          }
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          this.inFlight--;
          this.answered(m.out.length);
          p.resolve(m.out);
        },
        (err) => {
          if (!loaded) reject(err);
          for (const p of this.pending.values()) p.reject(err);
          this.pending.clear();
          this.inFlight = 0;
        },
      );
    });
  }

  run(items: readonly VerifyItem[]): Promise<Uint8Array> {
    const buf = encodeBatch(items);
    const id = this.nextId++;
    this.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread.post({ id, buf });
    });
  }

  terminate(): Promise<unknown> | undefined {
    return this.thread.terminate();
  }
}

/**
 * Splits `items` into at most `parts` contiguous chunks of near-equal size (none empty): with
 * q = ⌊len / n⌋ and r = len mod n in integers, the first r chunks hold q + 1 items, the rest q.
 */
export function chunk<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(parts, items.length));
  const r = items.length % n;
  const q = (items.length - r) / n;
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = start + q + (i < r ? 1 : 0);
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

/** Starts `threads` verification threads with `spawn`. */
export function createThreadPool(spawn: () => VerifyThread, threads: number): VerifyPool {
  let verified = 0;
  const answered = (n: number) => {
    verified += n;
  };
  const workers = Array.from({ length: Math.max(1, threads) }, () => new PooledThread(spawn(), answered));
  let started = false;
  const ready = Promise.all(workers.map((w) => w.ready)).then(() => {
    started = true;
  });
  const post = async (items: readonly VerifyItem[]): Promise<boolean[]> => {
    // Least-busy threads first, so concurrent batches spread over them.
    const order = [...workers].sort((a, b) => a.inFlight - b.inFlight);
    const parts = chunk(items, order.length);
    const outs = await Promise.all(parts.map((part, i) => (order[i] as PooledThread).run(part)));
    const verdicts: boolean[] = [];
    for (const out of outs) for (const b of out) verdicts.push(b === 1);
    return verdicts;
  };
  return {
    threads: workers.length,
    ready,
    get verified() {
      return verified;
    },
    // Once the threads are up, a batch is posted before `verify` returns: a caller that goes on with
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
