/**
 * Submissions fed to the signature pool in batches (issue 19 item 3): what arrives before the next timer
 * turn (a burst of `author_submitExtrinsic`, `author_submitAndWatchExtrinsic` or `transaction_v1_broadcast`
 * over one socket, many sockets' requests in one I/O poll) forms one batch, cut every MAX_BATCH submissions
 * so the threads verify the first ones while this thread still reads and decodes the rest (one batch per
 * burst left both waiting in turn: the threads idle while a burst was read, this thread idle while it was
 * verified, then idle again until the answers brought the client's next burst). Each submission is prepared
 * once on arrival (hashed and decoded, its signatures listed); the batch's signatures are pre-verified in
 * parallel (DevChain's verifier, on the worker pool) while the next batch gathers; then each is submitted,
 * synchronously and in arrival order, through the chain's submit — which still checks every signature (a
 * memoised verdict for exactly those bytes, else inline). Each caller gets its own hash or ChainError.
 */

import type { VerifyItem } from '../primitives/signature-batch.js';
import type { BlockRecord, SubmitOptions } from './chain.js';
import type { DecodedExtrinsic } from './extrinsic.js';

/** What a submission's arrival found: its hash, and the decoded extrinsic or the error decoding it. */
export interface PreparedSubmission {
  hash: string;
  xt?: DecodedExtrinsic;
  error?: unknown;
  /** The signatures submitting it checks (to pre-verify). */
  items: VerifyItem[];
  /** Its signing payload, computed for `items`, and the head it was computed at (valid while it is head). */
  payload?: { head: BlockRecord; bytes: Uint8Array };
}

export interface SubmitSteps {
  prepare(bytes: Uint8Array): PreparedSubmission;
  preverify(items: VerifyItem[]): Promise<void>;
  submit(bytes: Uint8Array, opts: SubmitOptions, prepared: PreparedSubmission): string;
}

/** Submissions per batch at most: enough to spread over the threads, small enough to overlap with reading. */
export const MAX_BATCH = 64;

interface Entry {
  bytes: Uint8Array;
  opts: SubmitOptions;
  prepared: PreparedSubmission;
  resolve: (hash: string) => void;
  reject: (err: unknown) => void;
}

export class SubmitBatcher {
  private gathering: Entry[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The previous batch's submissions: batches submit in order. */
  private submitted: Promise<void> = Promise.resolve();

  constructor(private readonly steps: SubmitSteps) {}

  submit(bytes: Uint8Array, opts: SubmitOptions): Promise<string> {
    const prepared = this.steps.prepare(bytes);
    return new Promise((resolve, reject) => {
      this.timer ??= setTimeout(() => this.flush(), 0);
      this.gathering.push({ bytes, opts, prepared, resolve, reject });
      if (this.gathering.length >= MAX_BATCH) this.flush();
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.gathering;
    this.gathering = [];
    const verified = this.steps.preverify(batch.flatMap((e) => e.prepared.items)).catch(() => {});
    this.submitted = Promise.all([this.submitted, verified]).then(() => {
      for (const e of batch) {
        try {
          e.resolve(this.steps.submit(e.bytes, e.opts, e.prepared));
        } catch (err) {
          e.reject(err);
        }
      }
    });
  }
}
