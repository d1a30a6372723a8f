/**
 * Submissions fed to the signature pool in batches (issue 19 item 3): what arrives before the next timer
 * turn (a burst of `author_submitExtrinsic` over one socket, many sockets' requests in one I/O poll) forms
 * one batch; its signatures are pre-verified in parallel (`preverify`, DevChain.preverify on the worker
 * pool) while the next batch gathers; then each is submitted, synchronously and in arrival order, through
 * the chain's unchanged `submit` — which still checks every signature (a memoised verdict for exactly
 * those bytes, else inline). Each caller gets its own hash or ChainError.
 */
import type { SubmitOptions } from './chain.js';

interface Entry {
  bytes: Uint8Array;
  opts: SubmitOptions;
  resolve: (hash: string) => void;
  reject: (err: unknown) => void;
}

export class SubmitBatcher {
  private gathering: Entry[] = [];
  /** The previous batch's submissions: batches submit in order. */
  private submitted: Promise<void> = Promise.resolve();

  constructor(
    private readonly preverify: (batch: Uint8Array[]) => Promise<void>,
    private readonly submitNow: (bytes: Uint8Array, opts: SubmitOptions) => string,
  ) {}

  submit(bytes: Uint8Array, opts: SubmitOptions): Promise<string> {
    return new Promise((resolve, reject) => {
      if (!this.gathering.length) setTimeout(() => this.flush(), 0);
      this.gathering.push({ bytes, opts, resolve, reject });
    });
  }

  private flush(): void {
    const batch = this.gathering;
    this.gathering = [];
    const verified = this.preverify(batch.map((e) => e.bytes)).catch(() => {});
    this.submitted = Promise.all([this.submitted, verified]).then(() => {
      for (const e of batch) {
        try {
          e.resolve(this.submitNow(e.bytes, e.opts));
        } catch (err) {
          e.reject(err);
        }
      }
    });
  }
}
