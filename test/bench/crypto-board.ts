/**
 * The pipelined benches' sr25519 work board (compute-network.ts `stepPipelined`): one queue in shared
 * memory that worker threads (crypto-board-thread.ts) and the chain's own thread all take jobs from, so
 * no core idles while another has work. A job signs a message as its pRuntime or the Gatekeeper would on
 * their own machines and, when asked, then verifies that signature as the chain would ahead of dispatch
 * (the verdict goes to the chain's memo, signature-batch.ts `recordVerdicts`; dispatch still checks each
 * message against it, and verifies inline anything not found there). One job doing both keeps the
 * threads busy without waiting for the chain's thread to post the verification once the signature is in.
 *
 * Jobs are numbered in posting order; job n lives in slot n % SLOTS (four words: done marker, kind, data
 * offset, data length) and its bytes in the data arena, a ring the poster bump-allocates in: [signature
 * out 64][verdict out 1][public key 32][secret key 64][payload]. Control words: TAIL (jobs posted) and
 * NEXT (jobs claimed). Whoever claims job n (compare-and-swap NEXT from n to n + 1) runs it, writes its
 * output and stores n + 1 in the slot's done marker. Threads with nothing to claim poll, then sleep on
 * TAIL. The chain's thread posts through streams (`signEach`): each job as soon as it is made, completed
 * (its signature handed to the message) in posting order as far as the caller needs, so the first
 * messages can be dispatched while a thread works on the rest. To complete a job nobody has taken it
 * runs it itself; while a thread runs the job it waits for, it runs a later one of the same stream nobody
 * has taken (claims go in posting order), and only then waits.
 * The chain's thread is the only poster and collects every job it posts, so an arena range or slot is
 * reused only after its job was collected; posting more than the board holds in flight throws.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../chain/ts-worker.js';
import { type SigningJob, signSr25519 } from '../../src/pallets-mock/offchain/signer.js';
import { verifySignatureInThread } from '../../src/pallets-mock/primitives/signature.js';

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
 * its waker's core meanwhile, so a thread polls through the gap between a 100-worker network's jobs
 * (about 0.2 ms) and sleeps through longer ones: polling longer holds a core the chain's thread needs
 * when anything else runs on the machine (7 days × 100 workers, FAST-FORWARD pipelined, beside one busy
 * process: 21.2 and 23.3 s polling 5 ms, 18.4 and 18.1 s polling 0.3 ms; alone, 9.2 s either way).
 */
const THREAD_POLL_MS = 0.3;
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
/** Signing, then verifying the signature made as the chain would (the verdict for its memo). */
const SIGN_VERIFY = 2;
/** A job's bytes: signature out, verdict out, public key, secret key, then the payload. */
const SIGNATURE_AT = 0;
const VERDICT_AT = 64;
const PUBLIC_AT = 65;
const SECRET_AT = 97;
const PAYLOAD_AT = 161;
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
  const pair = {
    publicKey: arena.subarray(at + PUBLIC_AT, at + SECRET_AT),
    secretKey: arena.subarray(at + SECRET_AT, at + PAYLOAD_AT),
  };
  const payload = arena.subarray(at + PAYLOAD_AT, at + length);
  const signature = signSr25519(payload, pair);
  arena.set(signature, at + SIGNATURE_AT);
  if (slots[s + KIND] === SIGN_VERIFY) {
    arena[at + VERDICT_AT] = verifySignatureInThread('Sr25519', signature, payload, pair.publicKey) ? 1 : 0;
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

/** A posted job not yet collected: its number and arena range. */
interface Posted {
  n: number;
  from: number;
  to: number;
}

/** What a signing job gives: its signature, and whether it verified (asked to verify, else undefined). */
export interface Signed {
  signature: Uint8Array;
  valid: boolean | undefined;
}

/**
 * Signing jobs posted one by one as they are made, so a thread starts on the first while the rest are
 * still being made, and completed (each `job.complete(signature)` called) in posting order as far as the
 * caller needs.
 */
export interface SigningStream {
  post(job: SigningJob): void;
  /** What the jobs completed so far gave, in posting order. */
  readonly outputs: readonly Signed[];
  /**
   * Completes the posted jobs in posting order until `done()` holds or none is left: runs here each one
   * nobody has taken, and while a thread still runs the next one, runs here a later one of this stream
   * nobody has taken rather than wait idle.
   */
  completeUntil(done: () => boolean): void;
  /** Completes every posted job; gives what they gave in posting order. */
  completeAll(): readonly Signed[];
}

export interface CryptoBoard {
  /** Worker threads beside the calling thread. */
  readonly threads: number;
  /** Resolves once every thread has loaded its WASM. */
  readonly ready: Promise<void>;
  /**
   * A stream of signing jobs; with `verify`, whoever signs a job then verifies the signature as the chain
   * would (the verdict for the chain's memo, signature-batch.ts `recordVerdicts`).
   */
  signEach(options?: { verify?: boolean }): SigningStream;
  /** Jobs posted and not yet collected. */
  jobsInFlight(): number;
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
  /** Posted jobs not yet collected, oldest first. */
  const outstanding: Posted[] = [];

  /** Arena room for a job of `bytes`, after the cursor or from the start. */
  const allocate = (bytes: number): number => {
    if (bytes > ARENA_BYTES) throw new Error(`a job of ${bytes} bytes is larger than the board's arena`);
    const from = cursor + bytes <= ARENA_BYTES ? cursor : 0;
    if (outstanding.some((b) => from < b.to && b.from < from + bytes))
      throw new Error('the board is full: complete a posted job first');
    cursor = from + bytes;
    return from;
  };

  /** Writes a job's bytes into the arena and its slot, then tells the threads. */
  const post = (job: SigningJob, kind: number): Posted => {
    const n = posted;
    if (n + 1 - (outstanding[0]?.n ?? n) > SLOTS)
      throw new Error('the board is full: complete a posted job first');
    const bytes = PAYLOAD_AT + job.payload.length;
    const at = allocate(bytes);
    arena.set(job.key.publicKey, at + PUBLIC_AT);
    arena.set(job.key.secretKey, at + SECRET_AT);
    arena.set(job.payload, at + PAYLOAD_AT);
    const s = (n % SLOTS) * SLOT_WORDS;
    slots[s + KIND] = kind;
    slots[s + OFFSET] = at;
    slots[s + LENGTH] = bytes;
    Atomics.store(slots, s + DONE, 0);
    posted++;
    const entry = { n, from: at, to: at + bytes };
    outstanding.push(entry);
    Atomics.store(control, TAIL, posted);
    Atomics.notify(control, TAIL);
    return entry;
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

  /** Hands a done job's output over and forgets the job. */
  const collect = (done: Posted, job: SigningJob, verify: boolean): Signed => {
    const at = done.from;
    const signature = arena.slice(at + SIGNATURE_AT, at + SIGNATURE_AT + 64);
    job.complete(signature);
    outstanding.splice(outstanding.indexOf(done), 1);
    return { signature, valid: verify ? arena[at + VERDICT_AT] === 1 : undefined };
  };

  const signEach = ({ verify = false } = {}): SigningStream => {
    const posts: { posted: Posted; job: SigningJob }[] = [];
    const outputs: Signed[] = [];
    const completeUntil = (done: () => boolean) => {
      while (outputs.length < posts.length && !done()) {
        const { posted, job } = posts[outputs.length] as { posted: Posted; job: SigningJob };
        awaitJob(posted.n, (posts.at(-1) as { posted: Posted }).posted.n + 1);
        outputs.push(collect(posted, job, verify));
      }
    };
    return {
      post(job) {
        posts.push({ posted: post(job, verify ? SIGN_VERIFY : SIGN), job });
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
    signEach,
    jobsInFlight: () => outstanding.length,
    async close() {
      Atomics.store(control, STOP, 1);
      Atomics.notify(control, TAIL);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
