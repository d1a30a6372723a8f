/**
 * Which workers a heartbeat challenge can hit, without testing every worker: the challenge test
 * `blake2_256(pubkey) XOR seed ≤ online_target` (worker-state.ts) compares from the most significant
 * 32-bit word, so only a worker whose top word h satisfies `(h XOR seed₀) ≤ target₀` can pass it. Those h
 * form at most 33 ranges — for each 1-bit b of target₀, the h that agree with seed₀ XOR target₀ above b
 * and with seed₀ at b (any bits below), and h = seed₀ XOR target₀ itself — and each range is a run of an
 * index sorted by top word, found by binary search.
 *
 * `candidates` thus costs O(33 · log N + candidates) instead of N tests; every worker it leaves out fails
 * the test, and the caller runs the full test (the state machine's `processEvent`) on those it returns.
 * With a target that hits few workers (a heartbeat every few hundred blocks each), the candidates are
 * about the hits.
 */
import { challengeTopWords, type HeartbeatChallengeValue, type WorkerStateMachine } from './worker-state.js';

export class ChallengeIndex<T extends { readonly state: WorkerStateMachine }> {
  /** Top words in ascending order, and the items they belong to. */
  private readonly keys: Uint32Array;
  private readonly items: T[];

  constructor(items: readonly T[]) {
    const order = items.map((_, i) => i);
    const top = Uint32Array.from(items, (x) => x.state.hashedTop);
    order.sort((a, b) => (top[a] as number) - (top[b] as number) || a - b);
    this.keys = Uint32Array.from(order, (i) => top[i] as number);
    this.items = order.map((i) => items[i] as T);
  }

  /** The items a challenge can hit (every one it does hit among them), or undefined outside u256. */
  candidates(challenge: HeartbeatChallengeValue): T[] | undefined {
    const words = challengeTopWords(challenge);
    if (!words) return undefined;
    const { seed, target } = words;
    const out: T[] = [];
    const exact = (seed ^ target) >>> 0;
    for (let b = 31; b >= 0; b--) {
      if (((target >>> b) & 1) === 0) continue;
      // h agrees with seed XOR target above b, with seed at b: h XOR seed < target whatever lies below.
      // (Unsigned 32-bit words: `>>> 0` after each shift; nothing lies above bit 31.)
      const above = b === 31 ? 0 : ((exact >>> (b + 1)) << (b + 1)) >>> 0;
      const span = 2 ** b;
      const lo = above + ((seed >>> b) & 1) * span;
      this.collect(lo, lo + span - 1, out);
    }
    this.collect(exact, exact, out);
    return out;
  }

  /** Appends the items whose top word is in [lo, hi]. */
  private collect(lo: number, hi: number, out: T[]): void {
    const keys = this.keys;
    let a = 0;
    let z = keys.length;
    while (a < z) {
      const mid = (a + z) >>> 1;
      if ((keys[mid] as number) < lo) a = mid + 1;
      else z = mid;
    }
    for (let i = a; i < keys.length && (keys[i] as number) <= hi; i++) out.push(this.items[i] as T);
  }
}
