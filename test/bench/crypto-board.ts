/**
 * The pipelined benches' sr25519 work board (compute-network.ts `stepPipelined`): one queue in shared
 * memory that worker threads (crypto-board-thread.ts) and the chain's own thread all take jobs from, so
 * no core idles while another has work. Two kinds of job: signing a message as its pRuntime or the
 * Gatekeeper would on their own machines, and verifying a relayed message's signature ahead of dispatch
 * (the verdict goes to the chain's memo, signature-batch.ts `recordVerdicts`; dispatch still checks each
 * message against it, and verifies inline anything not found there).
 *
 * Jobs are numbered in posting order; job n lives in slot n % SLOTS (four words: done marker, kind, data
 * offset, data length) and its bytes in the data arena, a ring the poster bump-allocates in. A sign job's
 * bytes are [signature out 64][public key 32][secret key 64][payload]; a verify job's are [verdict out 1]
 * and the item's record as the verification pools carry it (signature-batch.ts). Control words: TAIL
 * (jobs posted) and NEXT (jobs claimed). Whoever claims job n (compare-and-swap NEXT from n to n + 1) runs
 * it, writes its output and stores n + 1 in the slot's done marker. Threads with nothing to claim poll,
 * then sleep on TAIL. The chain's thread posts through streams (`signEach`, `verifyEach`): each job as
 * soon as it is made, completed (its output handed over) in posting order as far as the caller needs, so
 * the first messages can be dispatched while a thread works on the rest. To complete a job nobody has
 * taken it runs it itself; while a thread runs the job it waits for, it runs a later one of the same
 * stream nobody has taken (claims go in posting order), and only then waits.
 * The chain's thread is the only poster and collects every job it posts, so an arena range or slot is
 * reused only after its job was collected; posting more than the board holds in flight throws.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../chain/ts-worker.js';
import { type SigningJob, signSr25519 } from '../../src/pallets-mock/offchain/signer.js';
import {
  type VerifyItem,
  verifyRecordAt,
  verifyRecordBytes,
  writeVerifyRecord,
} from '../../src/pallets-mock/primitives/signature-batch.js';

/** Control words: jobs posted, jobs claimed, stop. */
export const TAIL = 0;
export const NEXT = 1;
export const STOP = 2;
const CONTROL_WORDS = 4;
/** How often a sleeping thread looks for STOP (set between its look and its sleep, the wake-up is missed). */
const STOP_POLL_MS = 50;
/**
 * How long a thread with nothing to claim, and the chain's thread waiting for a job a thread holds, poll
 * before sleeping. On these 2-vCPU VMs a thread woken from Atomics.wait runs ~0.1 ms later and may take
 * its waker's core meanwhile: a network of 100 workers posts a job about every 0.2 ms, so a thread that
 * slept between them would cost the chain's thread that much per block.
 */
const THREAD_POLL_MS = 5;
const CALLER_POLL_MS = 1;

/** Waits while `words[index]` is `value`: polls for `pollMs`, then sleeps until notified or `sleepMs` passed. */
function pollThenWait(
  words: Int32Array,
  index: number,
  value: number,
  pollMs: number,
  sleepMs?: number,
): void {
  const until = performance.now() + pollMs;
  while (Atomics.load(words, index) === value) {
    if (performance.now() > until) {
      Atomics.wait(words, index, value, sleepMs);
      return;
    }
  }
}
/** Jobs the board holds at once. */
export const SLOTS = 1 << 14;
const SLOT_WORDS = 4;
/** Slot words: done marker (job number + 1 once done), kind, data offset, data length. */
const DONE = 0;
const KIND = 1;
const OFFSET = 2;
const LENGTH = 3;
const SIGN = 1;
const VERIFY = 2;
/** Bytes of job data the board holds at once. */
export const ARENA_BYTES = 16 << 20;

/** The board's shared buffer, as both sides view it. */
export function boardViews(sab: SharedArrayBuffer) {
  return {
    control: new Int32Array(sab, 0, CONTROL_WORDS),
    slots: new Int32Array(sab, CONTROL_WORDS * 4, SLOTS * SLOT_WORDS),
    arena: new Uint8Array(sab, (CONTROL_WORDS + SLOTS * SLOT_WORDS) * 4, ARENA_BYTES),
  };
}

const boardBytes = (CONTROL_WORDS + SLOTS * SLOT_WORDS) * 4 + ARENA_BYTES;

export type BoardViews = ReturnType<typeof boardViews>;

/** Runs job `n`: writes its output into its data and marks it done (whoever claimed it). */
function runJob({ slots, arena }: BoardViews, n: number): void {
  const s = (n % SLOTS) * SLOT_WORDS;
  const at = slots[s + OFFSET] as number;
  const length = slots[s + LENGTH] as number;
  if (slots[s + KIND] === SIGN) {
    const pair = {
      publicKey: arena.subarray(at + 64, at + 96),
      secretKey: arena.subarray(at + 96, at + 160),
    };
    arena.set(signSr25519(arena.subarray(at + 160, at + length), pair), at);
  } else {
    arena[at] = verifyRecordAt(arena, at + 1).valid ? 1 : 0;
  }
  Atomics.store(slots, s + DONE, n + 1);
  Atomics.notify(slots, s + DONE);
}

/** Claims the oldest unclaimed job if it is below `upto`; returns its number, or -1. */
function claim(control: Int32Array, upto: number): number {
  for (;;) {
    const next = Atomics.load(control, NEXT);
    if (next >= upto || next >= Atomics.load(control, TAIL)) return -1;
    if (Atomics.compareExchange(control, NEXT, next, next + 1) === next) return next;
  }
}

/** A thread's loop: claims and runs jobs, sleeping on TAIL when none is left, until told to stop. */
export function serveBoard(views: BoardViews): void {
  const { control } = views;
  for (;;) {
    const n = claim(control, Number.MAX_SAFE_INTEGER);
    if (n >= 0) {
      runJob(views, n);
      continue;
    }
    if (Atomics.load(control, STOP)) return;
    const tail = Atomics.load(control, TAIL);
    if (Atomics.load(control, NEXT) >= tail) pollThenWait(control, TAIL, tail, THREAD_POLL_MS, STOP_POLL_MS);
  }
}

/** A posted batch: its first job and its arena range. */
interface Batch {
  first: number;
  from: number;
  to: number;
}

/**
 * Jobs posted one by one as they are made, so a thread starts on the first while the rest are still being
 * made, and completed (their output handed over) in posting order as far as the caller needs.
 */
export interface JobStream<T, R> {
  post(job: T): void;
  /** The outputs of the jobs completed so far, in posting order. */
  readonly outputs: readonly R[];
  /**
   * Completes the posted jobs in posting order until `done()` holds or none is left: runs here each one
   * nobody has taken, and while a thread still runs the next one, runs here a later one of this stream
   * nobody has taken rather than wait idle.
   */
  completeUntil(done: () => boolean): void;
  /** Completes every posted job; gives their outputs in posting order. */
  completeAll(): R[];
}

export interface CryptoBoard {
  /** Worker threads beside the calling thread. */
  readonly threads: number;
  /** Resolves once every thread has loaded its WASM. */
  readonly ready: Promise<void>;
  /** A stream of signing jobs: each completes with `job.complete(signature)` and gives the signature. */
  signEach(): JobStream<SigningJob, Uint8Array>;
  /** A stream of verifications: each gives its verdict. */
  verifyEach(): JobStream<VerifyItem, boolean>;
  /** Batches posted and not yet collected (a stream's jobs count one each). */
  batchesInFlight(): number;
  close(): Promise<void>;
}

/** Starts a board with `threads` worker threads (default: one per core but the caller's). */
export function createCryptoBoard(threads = Math.max(1, availableParallelism() - 1)): CryptoBoard {
  const sab = new SharedArrayBuffer(boardBytes);
  const views = boardViews(sab);
  const { control, slots, arena } = views;
  const workers: Worker[] = Array.from({ length: threads }, () =>
    startTsWorker(new URL('./crypto-board-thread.ts', import.meta.url)),
  );
  const ready = Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once('message', () => resolve());
          w.once('error', reject);
          w.postMessage(sab);
        }),
    ),
  ).then(() => undefined);

  let posted = 0;
  let cursor = 0;
  /** Posted batches not yet collected: their first job and arena range, oldest first. */
  const outstanding: Batch[] = [];

  const overlapsOutstanding = (from: number, to: number) =>
    outstanding.some((b) => from < b.to && b.from < to);

  /** Arena room for a batch of `bytes`, after the cursor or from the start. */
  const allocate = (bytes: number): number => {
    if (bytes > ARENA_BYTES) throw new Error(`a batch of ${bytes} bytes is larger than the board's arena`);
    const from = cursor + bytes <= ARENA_BYTES ? cursor : 0;
    if (overlapsOutstanding(from, from + bytes))
      throw new Error('the board is full: complete a posted job first');
    cursor = from + bytes;
    return from;
  };

  /** Writes a batch: `write(job, at)` fills job's data at `at`; returns the first job's number. */
  const post = <T>(
    jobs: readonly T[],
    kind: number,
    size: (job: T) => number,
    write: (job: T, at: number) => void,
  ) => {
    const first = posted;
    const oldest = outstanding[0]?.first ?? first;
    if (first + jobs.length - oldest > SLOTS)
      throw new Error('the board is full: complete a posted job first');
    let bytes = 0;
    for (const job of jobs) bytes += size(job);
    const from = allocate(bytes);
    let at = from;
    for (const job of jobs) {
      const s = (posted % SLOTS) * SLOT_WORDS;
      const length = size(job);
      slots[s + KIND] = kind;
      slots[s + OFFSET] = at;
      slots[s + LENGTH] = length;
      Atomics.store(slots, s + DONE, 0);
      write(job, at);
      at += length;
      posted++;
    }
    const batch = { first, from, to: from + bytes };
    outstanding.push(batch);
    Atomics.store(control, TAIL, posted);
    Atomics.notify(control, TAIL);
    return batch;
  };

  /** Waits until job `n` is done, running here meanwhile any job below `upto` nobody has taken. */
  const awaitJob = (n: number, upto: number) => {
    const s = (n % SLOTS) * SLOT_WORDS + DONE;
    for (let done = Atomics.load(slots, s); done !== n + 1; done = Atomics.load(slots, s)) {
      const other = claim(control, upto);
      if (other >= 0) runJob(views, other);
      else pollThenWait(slots, s, done, CALLER_POLL_MS);
    }
  };

  const signJobBytes = (j: SigningJob) => 160 + j.payload.length;
  const writeSignJob = (j: SigningJob, at: number) => {
    arena.set(j.key.publicKey, at + 64);
    arena.set(j.key.secretKey, at + 96);
    arena.set(j.payload, at + 160);
  };
  const signatureOf = (n: number) => {
    const at = slots[(n % SLOTS) * SLOT_WORDS + OFFSET] as number;
    return arena.slice(at, at + 64);
  };

  const verifyJobBytes = (it: VerifyItem) => 1 + verifyRecordBytes(it);
  const writeVerifyJob = (it: VerifyItem, at: number) => writeVerifyRecord(arena, at + 1, it);
  const verdictOf = (n: number) => arena[slots[(n % SLOTS) * SLOT_WORDS + OFFSET] as number] === 1;

  /** A stream of jobs of `kind`, each posted as a batch of its own; `output(n, job)` completes job n. */
  const stream = <T, R>(
    kind: number,
    size: (job: T) => number,
    write: (job: T, at: number) => void,
    output: (n: number, job: T) => R,
  ): JobStream<T, R> => {
    const posts: { batch: Batch; job: T }[] = [];
    const outputs: R[] = [];
    const completeUntil = (done: () => boolean) => {
      while (outputs.length < posts.length && !done()) {
        const { batch, job } = posts[outputs.length] as { batch: Batch; job: T };
        awaitJob(batch.first, (posts.at(-1) as { batch: Batch }).batch.first + 1);
        outputs.push(output(batch.first, job));
        outstanding.splice(outstanding.indexOf(batch), 1);
      }
    };
    return {
      post(job) {
        posts.push({ batch: post([job], kind, size, write), job });
      },
      outputs,
      completeUntil,
      completeAll() {
        completeUntil(() => false);
        return outputs;
      },
    };
  };

  return {
    threads,
    ready,
    signEach: () =>
      stream<SigningJob, Uint8Array>(SIGN, signJobBytes, writeSignJob, (n, job) => {
        const signature = signatureOf(n);
        job.complete(signature);
        return signature;
      }),
    verifyEach: () => stream<VerifyItem, boolean>(VERIFY, verifyJobBytes, writeVerifyJob, verdictOf),
    batchesInFlight: () => outstanding.length,
    async close() {
      Atomics.store(control, STOP, 1);
      Atomics.notify(control, TAIL);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
